import { ImportProblems } from '@pn/csv';

import { importedRows } from './import-rows';

const PARTNER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('rows of a scoring import', () => {
  it('turns a financials row into the input the API would take, source defaulting to csv', () => {
    const problems = new ImportProblems();

    const rows = importedRows(
      'financials',
      [
        {
          line: 2,
          values: {
            partner_id: PARTNER.toUpperCase(),
            period: '2026-10',
            revenue_minor: '120000',
            cost_minor: '45000',
            currency: 'EUR',
          },
        },
      ],
      problems,
    );

    expect(problems.any).toBe(false);
    expect(rows).toEqual([
      {
        kind: 'financials',
        line: 2,
        partnerId: PARTNER,
        input: {
          period: '2026-10',
          revenue: { amountMinor: 120000, currency: 'EUR' },
          cost: { amountMinor: 45000, currency: 'EUR' },
          source: 'csv',
        },
      },
    ]);
  });

  it.each([
    ['partner_id', { partner_id: 'P-1' }, 'must be the id of a partner (a UUID)'],
    ['period', { period: '2026-13' }, 'must be a calendar month YYYY-MM'],
    ['revenue_minor', { revenue_minor: '12.50' }, 'must be whole minor units (cents, pence)'],
    ['cost_minor', { cost_minor: '' }, 'expected number'],
    ['currency', { currency: 'usd' }, 'must be an ISO 4217 code such as USD'],
  ])('names the %s column of a bad row', (column, change, problem) => {
    const problems = new ImportProblems();
    const values = {
      partner_id: PARTNER,
      period: '2026-10',
      revenue_minor: '100',
      cost_minor: '10',
      currency: 'USD',
      ...change,
    };

    expect(importedRows('financials', [{ line: 7, values }], problems)).toEqual([]);
    expect(problems.listed[0]).toMatchObject({ line: 7, field: column });
    expect(problems.listed[0].problem).toContain(problem);
  });

  it('checks KPI rows against the same limits as the API', () => {
    const problems = new ImportProblems();
    const values = {
      partner_id: PARTNER,
      period: '2026-10',
      sla_attainment_pct: '100.5',
      incidents: '-1',
      response_hours: '0',
      response_target_hours: '8',
    };

    expect(importedRows('kpis', [{ line: 3, values }], problems)).toEqual([]);
    expect(problems.listed.map((entry) => entry.field)).toEqual([
      'sla_attainment_pct',
      'incidents',
      'response_hours',
    ]);
  });
});
