import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { addDays, todayIn } from '@pn/calendar';
import { accessToken, DEMO_PASSWORD, type ServiceStack } from '@pn/testing';

import { copyInto, percentiles, residentMb } from './measure';

const CONTRACTS = 1_000_000;
const PARTNERS_PER_ENTITY = 1_000;
const ENTITIES = [
  { id: 'US01', timeZone: 'America/New_York' },
  { id: 'UK01', timeZone: 'Europe/London' },
] as const;
const CALENDAR_CONNECTIONS = 4;
const CALENDAR_MS = 10_000;
const EVENT_SAMPLES = 40;

/**
 * The alerts service at scale: 1,000,000 contracts across two entities seeded into its
 * projection (as a million contract events would leave it), then a full daily sweep (the
 * first raising the backlog, the second finding nothing new), the renewal calendar for the
 * next 180 days through the gateway once the relay has published the backlog (the steady
 * state the calendar is read in), and the time from a contract approval committed in
 * the contracts service to its alert stored by the alerts service.
 */
export async function benchAlertsAtScale(
  stack: ServiceStack,
  keycloakUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const alertsDb = stack.databaseUrl('alerts');
  log(`seeding ${CONTRACTS} contracts into the alerts projection with COPY`);
  await seed(alertsDb);

  const admin = await accessToken('ada.admin', DEMO_PASSWORD, keycloakUrl);
  const pid = stack.pid('alerts');
  const sweepAll = async () => {
    const started = performance.now();
    let raised = 0;
    for (const entity of ENTITIES) {
      const response = await fetch(`${stack.url('gateway')}/api/v1/alerts/sweeps`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ entityId: entity.id }),
      });
      const body = (await response.json()) as { raised?: number };
      if (!response.ok) {
        throw new Error(
          `sweep of ${entity.id} answered ${response.status}: ${JSON.stringify(body)}`,
        );
      }
      raised += body.raised ?? 0;
    }

    return { seconds: (performance.now() - started) / 1000, raised };
  };
  log('first full sweep (raises the backlog)');
  const first = await sweepAll();
  log('second full sweep (nothing new to raise)');
  const second = await sweepAll();
  const peakMb = pid ? residentMb(pid) : NaN;
  // What autovacuum would do after a million rows changed: fresh planner statistics.
  const analyze = new Client({ connectionString: alertsDb });
  await analyze.connect();
  await analyze.query('ANALYZE renewal_schedule');
  await analyze.end();

  log('waiting for the relay to publish the backlog sweep’s alert events');
  const relay = await outboxDrained(alertsDb);

  log(
    `renewal calendar for the next 180 days, ${CALENDAR_CONNECTIONS} connections, ${CALENDAR_MS / 1000} s`,
  );
  const calendar = await calendarLatencies(
    stack,
    await accessToken('lee.legal', DEMO_PASSWORD, keycloakUrl),
  );

  log(`event to alert: ${EVENT_SAMPLES} contracts approved one after another`);
  const eventToAlert = await eventToAlertLatencies(stack, keycloakUrl);

  process.stdout.write(
    [
      '',
      `Alerts at scale: ${CONTRACTS} contracts in two entities:`,
      `  full sweep, first (backlog)   ${first.seconds.toFixed(1).padStart(6)} s   ${first.raised} alerts raised   (aim: under 30 s)`,
      `  full sweep, daily (steady)    ${second.seconds.toFixed(1).padStart(6)} s   ${second.raised} alerts raised   (aim: under 30 s)`,
      `  alerts service peak RSS       ${peakMb.toFixed(0)} MB`,
      `  relay publishing the backlog's events after the first sweep: ${relay.toFixed(0)} s more (${first.raised} events)`,
      `  calendar, next 180 days, first 100, via gateway: ${calendar.length} requests   ${percentiles(calendar)}   (aim: p99 under 100 ms)`,
      `  contract approval committed to alert stored: ${percentiles(eventToAlert)}`,
      '',
    ].join('\n'),
  );
}

/** Seconds until the alerts outbox has nothing left to publish. */
async function outboxDrained(databaseUrl: string): Promise<number> {
  const started = performance.now();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client.query<{ waiting: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM outbox WHERE published_at IS NULL) AS waiting',
      );
      if (!rows[0].waiting) {
        return (performance.now() - started) / 1000;
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    await client.end();
  }
}

async function seed(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const partners = ENTITIES.flatMap((entity) =>
      Array.from({ length: PARTNERS_PER_ENTITY }, (_, index) => ({
        id: randomUUID(),
        entity,
        name: `Scale Partner ${entity.id}-${index}`,
        category: (['carrier', 'vendor', 'strategic_partner', 'opportunistic'] as const)[index % 4],
      })),
    );
    await copyInto(
      client,
      'COPY partner_contact (partner_id, entity_id, owner_username, sponsor_username) FROM STDIN',
      partners.map((partner) => [partner.id, partner.entity.id, 'oli.ops', 'erin.exec']),
    );
    const today = todayIn('UTC');
    function* contracts(): Generator<(string | number | null)[]> {
      for (let index = 0; index < CONTRACTS; index += 1) {
        const partner = partners[index % partners.length];
        const renewalType = index % 10 < 6 ? 'auto' : index % 10 < 9 ? 'manual' : 'none';
        yield [
          randomUUID(),
          partner.entity.id,
          partner.entity.timeZone,
          partner.id,
          partner.name,
          partner.category,
          `Scale agreement ${index}`,
          addDays(today, -((index * 7919) % 1500)),
          [12, 24, 36][index % 3],
          renewalType,
          renewalType === 'none' ? null : 12,
          [30, 60, 90][index % 3],
          1,
          'active',
          addDays(today, -1),
          randomUUID(),
        ];
      }
    }
    await copyInto(
      client,
      `COPY renewal_schedule (contract_id, entity_id, entity_time_zone, partner_id, partner_name,
         partner_category, title, effective_date, initial_term_months, renewal_type,
         renewal_term_months, notice_days, version, status, known_since, source_event_id)
       FROM STDIN`,
      contracts(),
    );
    await client.query('ANALYZE renewal_schedule');
  } finally {
    await client.end();
  }
}

async function calendarLatencies(stack: ServiceStack, token: string): Promise<number[]> {
  const from = todayIn('America/New_York');
  const url = `${stack.url('gateway')}/api/v1/renewals?from=${from}&to=${addDays(from, 180)}&limit=100`;
  const latencies: number[] = [];
  const deadline = performance.now() + CALENDAR_MS;
  await Promise.all(
    Array.from({ length: CALENDAR_CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        if (!response.ok) {
          throw new Error(`the calendar answered ${response.status}`);
        }
        latencies.push(performance.now() - started);
      }
    }),
  );

  return latencies;
}

/** Milliseconds from the approval that activates a contract to its first alert stored. */
async function eventToAlertLatencies(stack: ServiceStack, keycloakUrl: string): Promise<number[]> {
  const token = (user: string) => accessToken(user, DEMO_PASSWORD, keycloakUrl);
  const call = async <T>(user: string, path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${stack.url('gateway')}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token(user)}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    }

    return (await response.json()) as T;
  };
  const partner = await call<{ id: string }>('sam.strategy', '/partners', {
    entityId: 'US01',
    legalName: `Latency Partner ${randomUUID()}`,
    category: 'vendor',
    ownerUsername: 'oli.ops',
  });
  const contractsDb = new Client({ connectionString: stack.databaseUrl('contracts') });
  const alertsDb = new Client({ connectionString: stack.databaseUrl('alerts') });
  await Promise.all([contractsDb.connect(), alertsDb.connect()]);
  const latencies: number[] = [];
  try {
    for (let sample = 0; sample < EVENT_SAMPLES; sample += 1) {
      // A notice deadline about 100 days away: its 120-day alert is due at once.
      const draft = await call<{ id: string }>('lee.legal', '/contracts', {
        partnerId: partner.id,
        title: `Latency agreement ${sample}`,
        effectiveDate: addDays(todayIn('America/New_York'), 100 - 274),
        initialTermMonths: 12,
        renewalType: 'auto',
        renewalTermMonths: 12,
        noticeDays: 90,
      });
      const request = await call<{ id: string }>(
        'sam.strategy',
        `/contracts/${draft.id}/change-requests`,
        {
          kind: 'activation',
          reason: 'benchmark',
        },
      );
      await call('lee.legal', `/change-requests/${request.id}/approve`, {});
      await call('erin.exec', `/change-requests/${request.id}/approve`, {});
      const approvedAt = (
        await contractsDb.query<{ at: Date }>(
          'SELECT approved_at AS at FROM contract_version WHERE contract_id = $1 AND version = 1',
          [draft.id],
        )
      ).rows[0].at;
      for (;;) {
        const alert = await alertsDb.query<{ at: Date }>(
          'SELECT min(raised_at) AS at FROM alert WHERE contract_id = $1',
          [draft.id],
        );
        if (alert.rows[0].at) {
          latencies.push(alert.rows[0].at.getTime() - approvedAt.getTime());
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  } finally {
    await Promise.all([contractsDb.end(), alertsDb.end()]);
  }

  return latencies;
}
