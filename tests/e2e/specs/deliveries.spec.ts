import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { deliverySchema } from '@pn/alerts-api';
import { addDays, termEnd, todayIn } from '@pn/calendar';

import { api, eventually } from '../support/api';
import { type Contract, createActiveContract, createPartner } from '../support/fixtures';
import { receivedMail } from '../support/smtp-sink';

type DeliveryView = ReturnType<typeof deliverySchema.parse>;

interface Received {
  body: string;
  signature: string | undefined;
  deliveryId: string | undefined;
}

/** A real HTTP endpoint that fails its first `failures` calls, then accepts. */
async function webhookReceiver(failures: number) {
  const received: Received[] = [];
  let calls = 0;
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      calls += 1;
      received.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: request.headers['x-pn-signature'] as string | undefined,
        deliveryId: request.headers['x-pn-delivery'] as string | undefined,
      });
      response.statusCode = calls <= failures ? 503 : 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    accept: () => {
      failures = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const deliveriesOf = async (alertId: string) =>
  (await api<DeliveryView[]>('GET', `/deliveries?alertId=${alertId}`, { as: 'ada.admin' })).body;

describe('alert delivery: email and signed webhooks, retried, recorded, never blocking each other', () => {
  const SECRET = 'uk-webhook-shared-secret-0123456789';
  let flaky: Awaited<ReturnType<typeof webhookReceiver>>;
  let broken: Awaited<ReturnType<typeof webhookReceiver>>;
  let contract: Contract;
  let alertId: string;
  const subscriptions: string[] = [];

  beforeAll(async () => {
    flaky = await webhookReceiver(2);
    broken = await webhookReceiver(Number.POSITIVE_INFINITY);
    for (const [url, secret] of [
      [flaky.url, SECRET],
      [broken.url, undefined],
    ] as const) {
      const subscribed = await api('POST', '/webhooks', {
        as: 'ada.admin',
        body: { entityId: 'UK01', url, ...(secret ? { secret } : {}) },
      });
      if (subscribed.status !== 201) {
        throw new Error(`subscribing answered ${subscribed.status}`);
      }
      subscriptions.push((subscribed.body as { id: string }).id);
    }
    const partner = await createPartner('sam.strategy', 'UK01', undefined, {
      category: 'vendor',
      ownerUsername: 'sam.strategy',
      sponsorUsername: 'erin.exec',
    });
    // A notice deadline about 100 days away: the 120-day alert is due at once.
    const effectiveDate = addDays(todayIn('Europe/London'), 100 - 274);
    contract = await createActiveContract(partner, {
      effectiveDate,
      initialTermMonths: 12,
      renewalType: 'auto',
      renewalTermMonths: 12,
      noticeDays: 90,
    });
    if (addDays(termEnd(effectiveDate, 12), -90) <= todayIn('Europe/London')) {
      throw new Error('the fixture contract’s notice deadline must lie ahead');
    }
    alertId = await eventually(async () => {
      const alerts = await api<{ id: string; contractId: string }[]>('GET', '/alerts', {
        as: 'sam.strategy',
      });

      return alerts.body.find((alert) => alert.contractId === contract.id)?.id;
    });
  });

  afterAll(async () => {
    // Later suites' UK01 alerts must not queue behind retries to receivers that are gone.
    for (const id of subscriptions) {
      await api('DELETE', `/webhooks/${id}`, { as: 'ada.admin' });
    }
    await flaky.close();
    await broken.close();
  });

  const mailTo = (address: string) =>
    eventually(async () =>
      (await receivedMail()).find(
        (message) =>
          message.headers.get('x-pn-alert-id') === alertId &&
          (Array.isArray(message.to) ? message.to[0] : message.to)?.text === address,
      ),
    );

  it('emails the owner through SMTP', async () => {
    const mail = await mailTo('sam.strategy@partner-network.example');

    expect(mail.subject).toContain('Renewal deadline approaching');
    expect(mail.text).toContain(contract.id);
  });

  it('emails the legal team’s shared mailbox of the alert’s entity', async () => {
    const mail = await mailTo('uk-legal@partner-network.example');

    expect(mail.subject).toContain('Renewal deadline approaching');
    const emailed = (await deliveriesOf(alertId))
      .filter((delivery) => delivery.channel === 'email')
      .map((delivery) => delivery.target)
      .sort();
    expect(emailed).toEqual([
      'sam.strategy@partner-network.example',
      'uk-legal@partner-network.example',
    ]);
  });

  it('retries a failing webhook with backoff and records the delivery once it succeeds', async () => {
    const delivered = await eventually(async () => {
      const found = (await deliveriesOf(alertId)).find(
        (delivery) => delivery.target === flaky.url && delivery.status === 'delivered',
      );

      return found;
    });
    const calls = flaky.received.filter((call) => call.deliveryId === delivered.id);

    expect(delivered.attempts).toBe(3);
    expect(calls).toHaveLength(3);
    // The receiver checks the signature with its own HMAC, not with the project's code.
    const expected = `sha256=${createHmac('sha256', SECRET).update(calls[2].body).digest('hex')}`;
    expect(calls[2].signature).toBe(expected);
    expect(JSON.parse(calls[2].body)).toMatchObject({
      deliveryId: delivered.id,
      alert: { id: alertId, contractId: contract.id, kind: 'advance' },
    });
  });

  it('dead-letters a webhook after its last retry without holding up the other channels', async () => {
    const dead = await eventually(async () =>
      (await deliveriesOf(alertId)).find(
        (delivery) => delivery.target === broken.url && delivery.status === 'dead',
      ),
    );
    const email = (await deliveriesOf(alertId)).find((delivery) => delivery.channel === 'email');
    const deadList = await api<DeliveryView[]>('GET', '/deliveries?status=dead', {
      as: 'ada.admin',
    });

    expect(dead).toMatchObject({ attempts: 3, lastError: expect.stringContaining('503') });
    expect(email?.status).toBe('delivered');
    expect(deadList.body.map((delivery) => delivery.id)).toContain(dead.id);
  });

  it('redelivers a dead delivery by id once the target is fixed', async () => {
    const [dead] = (await deliveriesOf(alertId)).filter((delivery) => delivery.status === 'dead');
    broken.accept();

    const queued = await api<DeliveryView>('POST', `/deliveries/${dead.id}/redeliver`, {
      as: 'ada.admin',
    });
    const byOwner = await api('POST', `/deliveries/${dead.id}/redeliver`, { as: 'sam.strategy' });

    expect(queued.body).toMatchObject({ status: 'pending', attempts: 0 });
    expect(byOwner.status).toBe(403);
    await eventually(async () =>
      (await deliveriesOf(alertId)).find(
        (delivery) => delivery.id === dead.id && delivery.status === 'delivered',
      ),
    );
  });

  it('keeps subscriptions and deliveries to admins of the entity', async () => {
    const usAdminView = await api<DeliveryView[]>(`GET`, `/deliveries?alertId=${alertId}`, {
      as: 'ada.admin',
    });
    const legal = await api('GET', '/webhooks', { as: 'lena.legal' });

    expect(usAdminView.body.length).toBeGreaterThan(0);
    expect(legal.status).toBe(403);
  });
});
