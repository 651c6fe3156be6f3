import { alertSchema } from '@pn/alerts-api';
import { addDays, daysBetween, termEnd, todayIn } from '@pn/calendar';

import { api, eventually } from '../support/api';
import { type Contract, createActiveContract, createPartner } from '../support/fixtures';

type AlertView = ReturnType<typeof alertSchema.parse>;

const inbox = async (as: string, query = '') =>
  (await api<AlertView[]>('GET', `/alerts${query}`, { as })).body.map((alert) =>
    alertSchema.parse(alert),
  );

/** An effective date whose notice deadline (12-month term, 90 days' notice) is about `days` away. */
function effectiveDateForDeadlineIn(days: number): { effectiveDate: string; deadline: string } {
  const today = todayIn('America/New_York');
  const effectiveDate = addDays(today, days - 274);
  const deadline = addDays(termEnd(effectiveDate, 12), -90);

  return { effectiveDate, deadline };
}

describe('renewal alerts: raised once, addressed to the right people, acknowledged by them', () => {
  let contract: Contract;
  let deadline: string;

  beforeAll(async () => {
    const partner = await createPartner('sam.strategy', 'US01', undefined, {
      category: 'vendor',
      ownerUsername: 'oli.ops',
      sponsorUsername: 'erin.exec',
    });
    const dates = effectiveDateForDeadlineIn(100);
    deadline = dates.deadline;
    contract = await createActiveContract(partner, {
      effectiveDate: dates.effectiveDate,
      initialTermMonths: 12,
      renewalType: 'auto',
      renewalTermMonths: 12,
      noticeDays: 90,
    });
  });

  it('raises, on activation, the latest advance alert already due, marked late', async () => {
    const alerts = await eventually(async () => {
      const found = (await inbox('oli.ops')).filter((alert) => alert.contractId === contract.id);

      return found.length ? found : undefined;
    });

    // 180 and 120 days before the deadline both passed before the contract was known here;
    // only the most recent of them is worth raising.
    expect(daysBetween(todayIn('America/New_York'), deadline)).toBeGreaterThan(90);
    expect(alerts.map((alert) => [alert.kind, alert.offsetDays, alert.late])).toEqual([
      ['advance', 120, true],
    ]);
    expect(alerts[0]).toMatchObject({
      actionDeadline: deadline,
      recipients: ['user:oli.ops', 'role:legal'],
      acknowledged: false,
    });
  });

  it('shows alerts only to their recipients within their entities', async () => {
    const ids = async (as: string) =>
      (await inbox(as)).filter((alert) => alert.contractId === contract.id).length;

    expect(await ids('lee.legal')).toBe(1);
    expect(await ids('lena.legal')).toBe(0);
    expect(await ids('fran.finance')).toBe(0);
  });

  it('lets a recipient acknowledge an alert for themself, and no one else', async () => {
    const [alert] = (await inbox('oli.ops')).filter((item) => item.contractId === contract.id);

    const notRecipient = await api<{ code: string }>('POST', `/alerts/${alert.id}/acknowledge`, {
      as: 'fran.finance',
    });
    const otherEntity = await api('POST', `/alerts/${alert.id}/acknowledge`, { as: 'lena.legal' });
    const owner = await api<AlertView>('POST', `/alerts/${alert.id}/acknowledge`, {
      as: 'oli.ops',
    });

    expect(notRecipient.status).toBe(403);
    expect(notRecipient.body.code).toBe('alert.not_recipient');
    expect(otherEntity.status).toBe(404);
    expect(owner.body.acknowledged).toBe(true);
    expect((await inbox('oli.ops', '?status=open')).map((item) => item.id)).not.toContain(alert.id);
    expect((await inbox('lee.legal', '?status=open')).map((item) => item.id)).toContain(alert.id);
  });

  it('raises nothing twice when the sweep runs again', async () => {
    const byOperations = await api('POST', '/alerts/sweeps', {
      as: 'oli.ops',
      body: { entityId: 'US01' },
    });
    const first = await api('POST', '/alerts/sweeps', {
      as: 'ada.admin',
      body: { entityId: 'US01' },
    });
    const second = await api<{ raised: number }>('POST', '/alerts/sweeps', {
      as: 'ada.admin',
      body: { entityId: 'US01' },
    });

    expect(byOperations.status).toBe(403);
    expect(first.status).toBe(200);
    expect(second.body.raised).toBe(0);
    expect(
      (await inbox('lee.legal')).filter((alert) => alert.contractId === contract.id),
    ).toHaveLength(1);
  });

  it('escalates a carrier nobody decided on to its sponsor and the executives, and records the decision', async () => {
    const carrier = await createPartner('sam.strategy', 'US01', undefined, {
      category: 'carrier',
      ownerUsername: 'oli.ops',
      sponsorUsername: 'erin.exec',
    });
    // 50 days left: below the carriers' 90-day escalation threshold.
    const dates = effectiveDateForDeadlineIn(50);
    const urgent = await createActiveContract(carrier, {
      effectiveDate: dates.effectiveDate,
      initialTermMonths: 12,
      renewalType: 'auto',
      renewalTermMonths: 12,
      noticeDays: 90,
    });

    const escalations = await eventually(async () => {
      const found = (await inbox('erin.exec', '?kind=escalation')).filter(
        (alert) => alert.contractId === urgent.id,
      );

      return found.length ? found : undefined;
    });
    expect(escalations[0].recipients).toEqual(
      expect.arrayContaining(['user:oli.ops', 'role:executive', 'user:erin.exec']),
    );

    const byOperations = await api('POST', `/renewals/${urgent.id}/decisions`, {
      as: 'oli.ops',
      body: { decision: 'renew', rationale: 'rates held' },
    });
    const decided = await api<{ termNumber: number }>('POST', `/renewals/${urgent.id}/decisions`, {
      as: 'erin.exec',
      body: { decision: 'renegotiate', rationale: 'volumes doubled; reopen the rate card' },
    });
    const renewals = await api<{ contractId: string; decision: string | null }[]>(
      'GET',
      '/renewals',
      { as: 'erin.exec' },
    );

    expect(byOperations.status).toBe(403);
    expect(decided.status).toBe(201);
    expect(decided.body.termNumber).toBe(1);
    expect(renewals.body.find((renewal) => renewal.contractId === urgent.id)?.decision).toBe(
      'renegotiate',
    );
  });
});
