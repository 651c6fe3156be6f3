import { api, eventually } from '../support/api';
import { deadLetterReasons, publishInbound } from '../support/events';
import { createPartner, type Partner } from '../support/fixtures';

function lastMonth(): string {
  const now = new Date();

  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
}

const CONSUMER = 'scoring-inbound-inputs';

describe('financials and KPIs published by other systems', () => {
  let partner: Partner;

  beforeAll(async () => {
    partner = await createPartner('sam.strategy', 'UK01', undefined, { category: 'vendor' });
    await eventually(async () => {
      const response = await api<{ code: string }>('GET', `/partners/${partner.id}/score`, {
        as: 'erin.exec',
      });

      return response.body.code === 'score.not_found' ? true : undefined;
    });
  });

  it('records a KPI event from an operations system and rescores the partner', async () => {
    await publishInbound(
      'pn.inbound.kpis.reported.v1',
      {
        partnerId: partner.id,
        period: lastMonth(),
        slaAttainmentPct: 97,
        incidents: 0,
        responseHours: 4,
        responseTargetHours: 4,
      },
      { entityId: 'UK01', source: '/operations/servicenow' },
    );

    const score = await eventually(async () => {
      const response = await api<{
        trigger: string;
        categories: { operational: { score: number } };
      }>('GET', `/partners/${partner.id}/score`, { as: 'erin.exec' });

      return response.status === 200 ? response.body : undefined;
    });

    expect(score).toMatchObject({ trigger: 'kpis', categories: { operational: { score: 98.5 } } });
  });

  it('dead-letters events it can never take, with the reason, and stores nothing of them', async () => {
    const before = (
      await api<unknown[]>('GET', `/partners/${partner.id}/scores`, { as: 'erin.exec' })
    ).body.length;
    await publishInbound(
      'pn.inbound.financials.reported.v1',
      {
        partnerId: partner.id,
        period: '2999-01',
        revenue: { amountMinor: 100, currency: 'GBP' },
        cost: { amountMinor: 10, currency: 'GBP' },
      },
      { entityId: 'UK01', source: '/finance/sap' },
    );
    await publishInbound(
      'pn.inbound.kpis.reported.v1',
      {
        partnerId: partner.id,
        period: lastMonth(),
        slaAttainmentPct: 99,
        incidents: 0,
        responseHours: 1,
        responseTargetHours: 2,
      },
      { entityId: 'US01', source: '/operations/servicenow' },
    );

    const reasons = await eventually(async () => {
      const found = (await deadLetterReasons(CONSUMER)).filter(
        (reason) => reason.includes('2999-01') || reason.includes(partner.id),
      );

      return found.length === 2 ? found : undefined;
    });
    const after = (
      await api<unknown[]>('GET', `/partners/${partner.id}/scores`, { as: 'erin.exec' })
    ).body.length;

    expect(reasons).toEqual([
      expect.stringContaining('period 2999-01 has not begun yet'),
      expect.stringContaining(`partner ${partner.id} belongs to UK01, not US01`),
    ]);
    expect(after).toBe(before);
  });
});
