import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { addDays, todayIn } from '@pn/calendar';

import { api, eventually } from '../support/api';
import { type Contract, createActiveContract, createPartner } from '../support/fixtures';
import { receivedMail } from '../support/smtp-sink';
import { e2eStack } from '../support/stack';

const REPLICA_PORT = 3199;
// An event the stopped instance had been handed but not yet acknowledged reaches the other
// replica only when JetStream's ack wait (30 s) runs out; the waits below allow for that.
const AFTER_ACK_WAIT_MS = 45_000;

describe('two replicas of the alerts service against one database and one JetStream', () => {
  const stack = e2eStack();
  const calls: { deliveryId: string; alertId: string }[] = [];
  let server: Server;
  let webhookId: string;
  let replica: Awaited<ReturnType<typeof stack.startReplica>>;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          deliveryId: string;
          alert: { id: string };
        };
        calls.push({ deliveryId: body.deliveryId, alertId: body.alert.id });
        response.statusCode = 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const subscribed = await api<{ id: string }>('POST', '/webhooks', {
      as: 'ada.admin',
      body: {
        entityId: 'US01',
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/replicas`,
      },
    });
    webhookId = subscribed.body.id;
    replica = await stack.startReplica('alerts', REPLICA_PORT);
  });

  afterAll(async () => {
    await api('DELETE', `/webhooks/${webhookId}`, { as: 'ada.admin' });
    await replica.stop();
    if (!stack.isRunning('alerts')) {
      await stack.start('alerts');
      await stack.waitReady('alerts');
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('raises and delivers every alert exactly once while both share the work', async () => {
    const partner = await createPartner('sam.strategy', 'US01', undefined, {
      category: 'vendor',
      ownerUsername: 'oli.ops',
    });
    const activate = () =>
      createActiveContract(partner, {
        effectiveDate: addDays(todayIn('America/New_York'), 100 - 274),
        initialTermMonths: 12,
        renewalType: 'auto',
        renewalTermMonths: 12,
        noticeDays: 90,
      });
    const contracts: Contract[] = [];

    // First with the original instance stopped, so the replica alone handles the events…
    await stack.stop('alerts');
    for (let index = 0; index < 4; index += 1) {
      contracts.push(await activate());
    }
    await eventually(
      () =>
        Promise.resolve(
          replica.logLines().some((line) => line.msg.includes(contracts[3].id)) ? true : undefined,
        ),
      AFTER_ACK_WAIT_MS,
      () => Promise.resolve(`the replica never logged contract ${contracts[3].id}`),
    );
    // …then with both running, sweeps racing the event handlers on either of them.
    await stack.start('alerts');
    await stack.waitReady('alerts');
    const sweeps = Array.from({ length: 6 }, () =>
      api('POST', '/alerts/sweeps', { as: 'ada.admin', body: { entityId: 'US01' } }),
    );
    for (let index = 0; index < 4; index += 1) {
      contracts.push(await activate());
    }
    await Promise.all(sweeps);

    const ids = new Set(contracts.map((contract) => contract.id));
    const ownersAlerts = async () =>
      (
        await api<{ id: string; contractId: string }[]>('GET', '/alerts?limit=500', {
          as: 'oli.ops',
        })
      ).body.filter((alert) => ids.has(alert.contractId));
    const alerts = await eventually(
      async () => {
        const found = await ownersAlerts();
        const delivered = new Set(calls.map((call) => call.alertId));

        return found.length >= contracts.length && found.every((alert) => delivered.has(alert.id))
          ? found
          : undefined;
      },
      AFTER_ACK_WAIT_MS,
      async () => {
        const found = await ownersAlerts();
        const undelivered = found.filter(
          (alert) => !calls.some((call) => call.alertId === alert.id),
        );
        const deliveries = await Promise.all(
          undelivered.map(
            async (alert) =>
              (await api('GET', `/deliveries?alertId=${alert.id}`, { as: 'ada.admin' })).body,
          ),
        );

        return `the owner sees ${found.length} of ${contracts.length} alerts; not posted to the webhook: ${JSON.stringify(deliveries)}`;
      },
    );
    // Give a duplicate, if there were one, time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const mails = (await receivedMail()).filter((mail) =>
      alerts.some((alert) => alert.id === mail.headers.get('x-pn-alert-id')),
    );

    expect(alerts).toHaveLength(contracts.length);
    expect(new Set(alerts.map((alert) => alert.contractId)).size).toBe(contracts.length);
    const webhookCalls = calls.filter((call) => alerts.some((alert) => alert.id === call.alertId));
    expect(webhookCalls).toHaveLength(alerts.length);
    expect(mails).toHaveLength(alerts.length);
  });
});
