import { blankTerms, type ContractTerms, termChangesSchema, termProblems } from './contract-terms';
import { createContractSchema } from './contracts';
import { fieldsNotOwned } from './term-ownership';

const terms: ContractTerms = {
  title: 'Master carrier agreement',
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

describe('contract terms', () => {
  it('accepts a complete, consistent set of terms', () => {
    expect(termProblems(terms)).toEqual([]);
  });

  it('needs exactly one of a term in months and an explicit end date', () => {
    expect(termProblems({ ...terms, endDate: '2027-01-14' })[0].field).toBe('initialTermMonths');
    expect(termProblems({ ...terms, initialTermMonths: null })[0].field).toBe('initialTermMonths');
    expect(termProblems({ ...terms, initialTermMonths: null, endDate: '2027-01-14' })).toEqual([]);
  });

  it('refuses an end date on or before the effective date, naming endDate', () => {
    expect(termProblems({ ...terms, initialTermMonths: null, endDate: '2026-01-15' })).toEqual([
      { field: 'endDate', problem: 'must be after effectiveDate' },
    ]);
  });

  it('needs a renewal term unless the contract does not renew', () => {
    expect(termProblems({ ...terms, renewalTermMonths: null })).toEqual([
      { field: 'renewalTermMonths', problem: 'is required when renewalType is auto' },
    ]);
    expect(termProblems({ ...terms, renewalType: 'none', renewalTermMonths: null })).toEqual([]);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-15'])(
    'refuses the impossible date %s',
    (effectiveDate) => {
      const result = createContractSchema.safeParse({
        partnerId: '4b1d3c1e-8f0a-4c55-9d0e-1f2a3b4c5d6e',
        title: 'x',
        effectiveDate,
        initialTermMonths: 12,
        renewalType: 'none',
        noticeDays: 0,
      });

      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['effectiveDate']);
    },
  );

  it('keeps money in integer minor units with an ISO currency', () => {
    const fee = (amountMinor: number, currency: string) =>
      termChangesSchema.safeParse({
        fees: [{ label: 'Base', amount: { amountMinor, currency }, frequency: 'monthly' }],
      }).success;

    expect(fee(125_000, 'USD')).toBe(true);
    expect(fee(1250.5, 'USD')).toBe(false);
    expect(fee(100, 'usd')).toBe(false);
    expect(fee(-1, 'USD')).toBe(false);
  });

  it('refuses an empty or unknown change', () => {
    expect(termChangesSchema.safeParse({}).success).toBe(false);
    expect(termChangesSchema.safeParse({ status: 'active' }).success).toBe(false);
  });
});

describe('term ownership', () => {
  it('lets each function write only its own terms', () => {
    expect(fieldsNotOwned(['fees', 'noticeDays', 'paymentSchedule'], ['legal'])).toEqual([
      'fees',
      'paymentSchedule',
    ]);
    expect(fieldsNotOwned(['fees', 'penalties'], ['strategy'])).toEqual([]);
    expect(fieldsNotOwned(['incentives', 'thresholds'], ['finance'])).toEqual([]);
    expect(fieldsNotOwned(['performanceClauses', 'serviceScope'], ['operations'])).toEqual([]);
    expect(fieldsNotOwned(['title'], ['admin', 'executive'])).toEqual(['title']);
  });
});
