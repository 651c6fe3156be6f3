import { blankTerms, type ContractTerms } from '@pn/contracts-api';

import { diffTerms } from './term-diff';
import { type ApprovedVersion, termsAsOf } from './terms-as-of';

const base: ContractTerms = {
  title: 'Carrier agreement',
  contractType: 'carrier_agreement',
  counterpartyLegalName: 'Northwind Carriers LLC',
  effectiveDate: '2026-01-01',
  initialTermMonths: 24,
  endDate: null,
  renewalType: 'auto',
  renewalTermMonths: 12,
  noticeDays: 90,
  terminationNoticeDays: null,
  ...blankTerms(),
};

function amendment(
  version: number,
  previous: ContractTerms,
  effectiveFrom: string,
  changes: Partial<ContractTerms>,
): ApprovedVersion {
  const terms = { ...previous, ...changes };

  return { version, kind: 'amendment', effectiveFrom, terms, changes: diffTerms(previous, terms) };
}

const activation: ApprovedVersion = {
  version: 1,
  kind: 'activation',
  effectiveFrom: '2026-01-01',
  terms: base,
  changes: diffTerms(null, base),
};
// Approved second, takes effect in September.
const v2 = amendment(2, base, '2026-09-01', { noticeDays: 120 });
// Approved third, reaches back to March.
const v3 = amendment(3, v2.terms, '2026-03-01', { title: 'Carrier agreement (amended)' });

describe('terms as of a date', () => {
  it('has nothing in force before the contract takes effect', () => {
    expect(termsAsOf([activation, v2, v3], '2025-12-31')).toEqual({
      inForce: false,
      terms: null,
      versions: [],
    });
  });

  it('applies an amendment that reaches back, but not one that takes effect later', () => {
    const april = termsAsOf([activation, v2, v3], '2026-04-15');

    expect(april.versions).toEqual([1, 3]);
    expect(april.terms).toMatchObject({ title: 'Carrier agreement (amended)', noticeDays: 90 });
  });

  it('applies every amendment once all have taken effect, in approval order', () => {
    const october = termsAsOf([v3, v2, activation], '2026-10-01');

    expect(october.versions).toEqual([1, 2, 3]);
    expect(october.terms).toEqual(v3.terms);
  });

  it('lets a later approval overwrite an earlier one on the same field', () => {
    const v4 = amendment(4, v3.terms, '2026-05-01', { noticeDays: 60 });

    expect(termsAsOf([activation, v2, v3, v4], '2026-10-01').terms?.noticeDays).toBe(60);
    expect(termsAsOf([activation, v2, v3, v4], '2026-06-01').terms?.noticeDays).toBe(60);
    expect(termsAsOf([activation, v2, v3, v4], '2026-04-01').terms?.noticeDays).toBe(90);
  });

  it('keeps the contract in force through its termination date and not a day after', () => {
    const termination: ApprovedVersion = {
      version: 4,
      kind: 'termination',
      effectiveFrom: '2026-12-31',
      terms: v3.terms,
      changes: {},
    };

    expect(termsAsOf([activation, v2, v3, termination], '2026-12-31').inForce).toBe(true);
    expect(termsAsOf([activation, v2, v3, termination], '2027-01-01').inForce).toBe(false);
  });
});

describe('diffTerms', () => {
  it('lists only the fields that changed, with both values', () => {
    expect(diffTerms(base, { ...base, noticeDays: 60, fees: [] })).toEqual({
      noticeDays: { from: 90, to: 60 },
    });
  });

  it('compares structured terms by value, not by key order', () => {
    const fee = {
      label: 'Base',
      amount: { amountMinor: 100, currency: 'USD' },
      frequency: 'monthly',
    } as const;
    const reordered = {
      frequency: 'monthly',
      amount: { currency: 'USD', amountMinor: 100 },
      label: 'Base',
    } as const;

    expect(diffTerms({ ...base, fees: [fee] }, { ...base, fees: [reordered] })).toEqual({});
  });
});
