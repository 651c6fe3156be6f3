import { randomUUID } from 'node:crypto';

import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';

import { infraEnv } from '@pn/testing';

import { api, eventually } from '../support/api';
import { createActiveContract, createPartner } from '../support/fixtures';
import { e2eStack } from '../support/stack';

interface Renewal {
  contractId: string;
}

const US_LEGAL = 'lee.legal';

async function renewalsFor(contractId: string): Promise<Renewal[]> {
  const response = await api<Renewal[]>('GET', '/renewals', { as: US_LEGAL });

  return response.body.filter((renewal) => renewal.contractId === contractId);
}

describe('event delivery from contracts to alerts', () => {
  const stack = e2eStack();
  const { natsUrl, subjectPrefix } = infraEnv();
  let nats: NatsConnection;

  beforeAll(async () => {
    nats = (await connect({ servers: natsUrl })) as NatsConnection;
  });

  afterAll(async () => {
    await nats.close();
    if (!stack.isRunning('alerts')) {
      await stack.start('alerts');
      await stack.waitReady('alerts');
    }
  });

  it('delivers a contract activated while alerts was down exactly once when it returns', async () => {
    await stack.stop('alerts');
    const partner = await createPartner(US_LEGAL, 'US01');
    const contract = await createActiveContract(partner);

    // With alerts down the gateway answers in bounded time, never hangs.
    const whileDown = await api<{ code: string }>('GET', '/renewals', { as: US_LEGAL });
    expect([503, 504]).toContain(whileDown.status);
    expect(whileDown.body.code).toMatch(/^service\./);

    await stack.start('alerts');
    await stack.waitReady('alerts');
    const delivered = await eventually(async () => {
      const found = await renewalsFor(contract.id);

      return found.length ? found : undefined;
    });

    expect(delivered).toHaveLength(1);
  });

  it('ignores a redelivered event: the inbox keeps the projection to one row', async () => {
    const partner = await createPartner(US_LEGAL, 'US01');
    const contract = await createActiveContract(partner);
    await eventually(async () => ((await renewalsFor(contract.id)).length ? true : undefined));

    // Replay the stored event under a new message id, as a relay retry after a crash would.
    const manager = await jetstreamManager(nats);
    const stream = `${subjectPrefix.toUpperCase()}_CONTRACTS`;
    const subject = `${subjectPrefix}.contracts.contract.version_approved.v1`;
    const last = await manager.streams.getMessage(stream, { last_by_subj: subject });
    expect(last?.json<{ data: { contractId: string } }>().data.contractId).toBe(contract.id);
    await jetstream(nats).publish(subject, last!.data, { msgID: randomUUID() });
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    expect(await renewalsFor(contract.id)).toHaveLength(1);
    const handled = stack
      .logLines('alerts')
      .filter((line) =>
        line.msg.includes(`renewal schedule of contract ${contract.id} follows version 1`),
      );
    expect(handled).toHaveLength(1);
  });

  it('dead-letters a malformed event with the reason and keeps consuming', async () => {
    const manager = await jetstreamManager(nats);
    const deadLetters = `${subjectPrefix.toUpperCase()}_DEADLETTER`;
    const before = (await manager.streams.info(deadLetters)).state.last_seq;
    const malformed = {
      specversion: '1.0',
      id: randomUUID(),
      source: '/partner-network/contracts',
      type: 'pn.contracts.contract.version_approved.v1',
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      entityId: 'US01',
      data: { contractId: 'not-a-uuid', noticeDays: -3 },
    };
    await jetstream(nats).publish(
      `${subjectPrefix}.contracts.contract.version_approved.v1`,
      JSON.stringify(malformed),
    );
    await jetstream(nats).publish(
      `${subjectPrefix}.contracts.contract.created.v1`,
      'not even json',
    );

    // Scoring consumes the same stream and dead-letters them too; look at alerts' only.
    const reasons = await eventually(async () => {
      const { last_seq: last } = (await manager.streams.info(deadLetters)).state;
      const found: string[] = [];
      for (let seq = before + 1; seq <= last; seq += 1) {
        const message = await manager.streams.getMessage(deadLetters, { seq });
        if (message?.header?.get('Pn-Consumer') === 'alerts-contract-events') {
          found.push(message.header.get('Pn-Dead-Letter-Reason'));
        }
      }

      return found.length === 2 ? found : undefined;
    });
    expect(reasons[0]).toContain('invalid pn.contracts.contract.version_approved.v1 payload');
    expect(reasons[0]).toContain('contractId');
    expect(reasons[1]).toContain('not JSON');

    const partner = await createPartner(US_LEGAL, 'US01');
    const contract = await createActiveContract(partner);
    await eventually(async () => ((await renewalsFor(contract.id)).length ? true : undefined));
    expect(stack.isRunning('alerts')).toBe(true);
  });
});
