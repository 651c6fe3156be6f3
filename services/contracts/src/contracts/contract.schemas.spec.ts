import { createContractSchema } from './contract.schemas';

const valid = {
  partnerId: '4b1d3c1e-8f0a-4c55-9d0e-1f2a3b4c5d6e',
  title: 'Master carrier agreement',
  effectiveDate: '2026-01-15',
  initialTermMonths: 12,
  renewalType: 'auto',
  renewalTermMonths: 12,
  noticeDays: 90,
};

describe('createContractSchema', () => {
  it('accepts a complete auto-renewing contract', () => {
    expect(createContractSchema.safeParse(valid).success).toBe(true);
  });

  it('requires a renewal term when the contract renews automatically', () => {
    const result = createContractSchema.safeParse({ ...valid, renewalTermMonths: null });

    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['renewalTermMonths']);
  });

  it.each(['2026-02-30', '2026-1-15', '15/01/2026'])('refuses the date %s', (effectiveDate) => {
    expect(createContractSchema.safeParse({ ...valid, effectiveDate }).success).toBe(false);
  });

  it('refuses fields it does not know', () => {
    expect(createContractSchema.safeParse({ ...valid, discount: 5 }).success).toBe(false);
  });
});
