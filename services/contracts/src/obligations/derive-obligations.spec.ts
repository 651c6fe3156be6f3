import { blankTerms, type ContractTerms } from '@pn/contracts-api';

import { deriveObligations } from './derive-obligations';

const terms: ContractTerms = {
  title: 'Carrier agreement',
  contractType: 'carrier_agreement',
  counterpartyLegalName: 'Northwind Carriers LLC',
  effectiveDate: '2026-01-15',
  initialTermMonths: 12,
  endDate: null,
  renewalType: 'auto',
  renewalTermMonths: 12,
  noticeDays: 90,
  terminationNoticeDays: null,
  ...blankTerms(),
};

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

describe('deriveObligations', () => {
  it('owes each payment on its due date, to finance, with its amount', () => {
    const obligations = deriveObligations({
      ...terms,
      paymentSchedule: [
        { label: 'Q2', amount: usd(300_000), dueDate: '2026-07-01' },
        { label: 'Q1', amount: usd(250_000), dueDate: '2026-04-01' },
      ],
    });

    expect(obligations.map((o) => [o.source, o.dueDate, o.ownerFunction, o.amount])).toEqual([
      ['payment', '2026-04-01', 'finance', usd(250_000)],
      ['payment', '2026-07-01', 'finance', usd(300_000)],
    ]);
  });

  it('measures a quarterly threshold at the end of each quarter of the initial term', () => {
    const obligations = deriveObligations({
      ...terms,
      thresholds: [
        { metric: 'shipments', comparator: 'gte', value: 10_000, unit: null, period: 'quarter' },
      ],
    });

    // Quarters from 2026-01-15 end the day before each three-month anniversary.
    expect(obligations.map((o) => o.dueDate)).toEqual([
      '2026-04-14',
      '2026-07-14',
      '2026-10-14',
      '2027-01-14',
    ]);
    expect(obligations[0].description).toBe(
      'Measure shipments ≥ 10000 for the quarter ending 2026-04-14',
    );
  });

  it('gives performance clauses to operations and compliance clauses to legal', () => {
    const obligations = deriveObligations({
      ...terms,
      performanceClauses: [
        {
          title: 'On-time delivery',
          text: '95 % on time per year',
          threshold: { metric: 'on_time', comparator: 'gte', value: 95, unit: '%', period: 'year' },
        },
      ],
      complianceClauses: [
        { title: 'Anti-bribery', text: 'Comply with the FCPA.', threshold: null },
      ],
    });

    expect(obligations.map((o) => [o.source, o.ownerFunction, o.dueDate])).toEqual([
      ['compliance_clause', 'legal', '2027-01-14'],
      ['performance_clause', 'operations', '2027-01-14'],
    ]);
    expect(obligations[0].description).toBe('Review adherence to "Anti-bribery"');
  });

  it('ends the schedule at an explicit end date', () => {
    const obligations = deriveObligations({
      ...terms,
      initialTermMonths: null,
      endDate: '2026-05-31',
      thresholds: [{ metric: 'loads', comparator: 'gte', value: 1, unit: null, period: 'month' }],
    });

    expect(obligations.map((o) => o.dueDate)).toEqual([
      '2026-02-14',
      '2026-03-14',
      '2026-04-14',
      '2026-05-14',
    ]);
  });

  it('keys an unchanged obligation the same way in every version, and a changed one anew', () => {
    const payment = { label: 'Q1', amount: usd(250_000), dueDate: '2026-04-01' };
    const before = deriveObligations({ ...terms, paymentSchedule: [payment] })[0].sourceKey;
    const same = deriveObligations({ ...terms, title: 'Renamed', paymentSchedule: [payment] })[0]
      .sourceKey;
    const changed = deriveObligations({
      ...terms,
      paymentSchedule: [{ ...payment, amount: usd(260_000) }],
    })[0].sourceKey;

    expect(same).toBe(before);
    expect(changed).not.toBe(before);
  });
});
