import type { DataSource } from 'typeorm';

import { raiseDueAlerts } from '../src/alerts/alert-raiser';
import { readdress } from '../src/alerts/recipients';
import { type DeliveryTargets, INBOX_ONLY } from '../src/deliveries/plan-deliveries';
import { RenewalSchedule } from '../src/renewals/renewal-schedule.entity';
import { alertsDatabase } from './alerts-database';

const CONTRACT = '11111111-1111-4111-8111-111111111111';
const PARTNER = '22222222-2222-4222-8222-222222222222';
// Term 1 runs 2025-01-15 to 2026-01-14; non-renewal notice is due by 2025-10-16.
const DEADLINE = '2025-10-16';
// People by username, legal through a shared mailbox, nobody else by email.
const MAIL: DeliveryTargets = {
  emailAddressOf: (recipient) =>
    recipient.startsWith('user:')
      ? `${recipient.slice('user:'.length)}@example.com`
      : recipient === 'role:legal'
        ? 'legal@example.com'
        : null,
};

describe('raising alerts against real Postgres', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, drop } = await alertsDatabase('raising'));
    await dataSource.query(
      `INSERT INTO partner_contact (partner_id, entity_id, owner_username, sponsor_username)
       VALUES ($1, 'US01', 'oli.ops', 'erin.exec')`,
      [PARTNER],
    );
  });

  afterAll(() => drop());

  async function track(contractId: string, changes: Partial<RenewalSchedule> = {}) {
    await dataSource.getRepository(RenewalSchedule).upsert(
      {
        contractId,
        entityId: 'US01',
        entityTimeZone: 'America/New_York',
        partnerId: PARTNER,
        partnerName: 'Northwind Carriers LLC',
        partnerCategory: 'vendor',
        title: 'Carrier agreement',
        effectiveDate: '2025-01-15',
        initialTermMonths: 12,
        endDate: null,
        renewalType: 'auto',
        renewalTermMonths: 12,
        noticeDays: 90,
        version: 1,
        status: 'active',
        knownSince: '2025-01-15',
        sourceEventId: '33333333-3333-4333-8333-333333333333',
        ...changes,
      },
      ['contractId'],
    );

    return dataSource.getRepository(RenewalSchedule).findOneByOrFail({ contractId });
  }

  const raise = async (contractId: string, today: string, targets = INBOX_ONLY) =>
    dataSource.transaction(async (manager) =>
      raiseDueAlerts(
        manager,
        await manager.findOneByOrFail(RenewalSchedule, { contractId }),
        today,
        targets,
      ),
    );

  const emailsOf = async (contractId: string) =>
    (
      await dataSource.query<{ target: string }[]>(
        `SELECT target FROM delivery JOIN alert ON alert.id = delivery.alert_id
         WHERE alert.contract_id = $1 AND channel = 'email' ORDER BY target`,
        [contractId],
      )
    ).map((row) => row.target);

  const alertsOf = (contractId: string) =>
    dataSource.query<{ key: string; late: boolean; raised_on: string; recipients: string[] }[]>(
      'SELECT key, late, raised_on::text, recipients FROM alert WHERE contract_id = $1 ORDER BY due_on, key',
      [contractId],
    );

  it('raises an alert on its day, once, however often it is evaluated', async () => {
    await track(CONTRACT);

    expect(await raise(CONTRACT, '2025-04-19')).toBe(1);
    expect(await raise(CONTRACT, '2025-04-19')).toBe(0);
    expect(await raise(CONTRACT, '2025-04-20')).toBe(0);
    expect(await alertsOf(CONTRACT)).toEqual([
      {
        key: `1:${DEADLINE}:advance:180`,
        late: false,
        raised_on: '2025-04-19',
        recipients: ['user:oli.ops', 'role:legal'],
      },
    ]);
  });

  it('catches up what fell due while it was down, marked late', async () => {
    // Down from 2025-04-20 to 2025-08-28, 49 days before the deadline.
    expect(await raise(CONTRACT, '2025-08-28')).toBe(5);

    const alerts = await alertsOf(CONTRACT);
    expect(alerts.map((alert) => [alert.key.split(':').slice(2).join(':'), alert.late])).toEqual([
      ['advance:180', false],
      ['advance:120', true],
      ['advance:90', true],
      ['advance:60', true],
      ['escalation:0', true],
      ['escalation:1', true],
    ]);
    expect(alerts.find((alert) => alert.key.endsWith('escalation:0'))?.recipients).toEqual([
      'user:oli.ops',
      'role:legal',
      'role:executive',
      'user:erin.exec',
    ]);
  });

  it('raises each alert once when two replicas evaluate the same contract at the same time', async () => {
    const [first, second] = await Promise.all([
      raise(CONTRACT, '2025-09-10'),
      raise(CONTRACT, '2025-09-10'),
    ]);
    const events = await dataSource.query<{ count: string }[]>(
      "SELECT count(*) FROM outbox WHERE type = 'pn.alerts.renewal.alert_raised.v1'",
    );
    const alerts = await alertsOf(CONTRACT);

    expect(first + second).toBe(2);
    expect(alerts.filter((alert) => alert.key.includes('escalation'))).toHaveLength(4);
    expect(Number(events[0].count)).toBe(alerts.length);
  });

  it('stops escalating once a decision is recorded for the term', async () => {
    await dataSource.query(
      `INSERT INTO renewal_decision (id, contract_id, entity_id, term_number, decision, rationale, decided_by)
       VALUES (gen_random_uuid(), $1, 'US01', 1, 'renegotiate', 'rates too high', 'erin.exec')`,
      [CONTRACT],
    );

    expect(await raise(CONTRACT, '2025-10-10')).toBe(0);
  });

  it('gives a moved deadline its own alerts without repeating those of the old one', async () => {
    const amended = '44444444-4444-4444-8444-444444444444';
    await track(amended);
    await raise(amended, '2025-08-20');
    const before = (await alertsOf(amended)).map((alert) => alert.key);
    // Notice cut to 60 days on 2025-09-01: the deadline moves to 2025-11-15.
    await track(amended, { noticeDays: 60, version: 2, knownSince: '2025-09-01' });

    expect(await raise(amended, '2025-09-02')).toBe(1);
    const after = (await alertsOf(amended)).map((alert) => alert.key);
    // Of the new deadline's offsets already past when it became known, only the latest.
    expect(after.filter((key) => !before.includes(key))).toEqual(['1:2025-11-15:advance:90']);
  });

  it('reports a silent rollover to owner, legal, executives and sponsor', async () => {
    const rolled = '55555555-5555-4555-8555-555555555555';
    await track(rolled, { knownSince: '2025-10-01' });

    await raise(rolled, '2025-10-17');

    const alert = (await alertsOf(rolled)).find((candidate) => candidate.key.includes('silent'));
    expect(alert).toMatchObject({
      key: `2:${DEADLINE}:silent_rollover`,
      recipients: ['user:oli.ops', 'role:legal', 'role:executive', 'user:erin.exec'],
    });
  });

  it('readdresses alerts raised before the partner’s owner was known', async () => {
    const orphan = '66666666-6666-4666-8666-666666666666';
    const unknownPartner = '77777777-7777-4777-8777-777777777777';
    await track(orphan, { partnerId: unknownPartner });
    await raise(orphan, '2025-04-19', MAIL);
    const before = (await alertsOf(orphan))[0].recipients;
    const mailedBefore = await emailsOf(orphan);

    await dataSource.transaction((manager) =>
      readdress(
        manager,
        { partnerId: unknownPartner, ownerUsername: 'oli.ops', sponsorUsername: null },
        MAIL,
      ),
    );

    expect(before).toEqual(['role:strategy', 'role:legal']);
    expect(mailedBefore).toEqual(['legal@example.com']);
    expect((await alertsOf(orphan))[0].recipients).toEqual(['user:oli.ops', 'role:legal']);
    // The owner, newly named on an alert raised moments ago, is emailed too; legal not again.
    expect(await emailsOf(orphan)).toEqual(['legal@example.com', 'oli.ops@example.com']);
  });

  it('does not email a new owner about alerts older than a day', async () => {
    const old = '99999999-9999-4999-8999-999999999999';
    const handedOver = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
    await track(old, { partnerId: handedOver });
    await raise(old, '2025-04-19', MAIL);
    await dataSource.query(
      `UPDATE alert SET raised_at = now() - interval '2 days' WHERE contract_id = $1`,
      [old],
    );

    await dataSource.transaction((manager) =>
      readdress(
        manager,
        { partnerId: handedOver, ownerUsername: 'nia.new', sponsorUsername: null },
        MAIL,
      ),
    );

    expect((await alertsOf(old))[0].recipients).toEqual(['user:nia.new', 'role:legal']);
    expect(await emailsOf(old)).toEqual(['legal@example.com']);
  });

  it('brings finance in when money rides on the renewal', async () => {
    const paying = '88888888-8888-4888-8888-888888888888';
    await track(paying, { paymentLinked: true });

    await raise(paying, '2025-04-19');

    expect((await alertsOf(paying))[0].recipients).toEqual([
      'user:oli.ops',
      'role:legal',
      'role:finance',
    ]);
  });
});
