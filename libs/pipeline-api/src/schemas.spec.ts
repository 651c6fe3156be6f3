import { createOpportunitySchema, qualifySchema, reviewSchema } from './index';

const problems = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('pipeline request schemas', () => {
  it('lets only a rejection send an opportunity back', () => {
    expect(
      problems(
        reviewSchema.safeParse({ outcome: 'approve', comment: 'fine', sendBackTo: 'qualifying' }),
      ),
    ).toEqual(['sendBackTo: only a rejection sends an opportunity back']);
    expect(
      reviewSchema.safeParse({ outcome: 'reject', comment: 'redo it', sendBackTo: 'qualifying' })
        .success,
    ).toBe(true);
  });

  it('asks for at least one rated criterion, each 1 to 5 with a note', () => {
    expect(problems(qualifySchema.safeParse({}))).toEqual([': rate at least one criterion']);
    expect(
      problems(qualifySchema.safeParse({ risk_exposure: { rating: 6, note: 'too risky' } })),
    ).toEqual(['risk_exposure.rating: must be from 1 to 5']);
  });

  it('refuses an estimated value that is not whole minor units of a currency code', () => {
    const result = createOpportunitySchema.safeParse({
      entityId: 'US01',
      counterparty: 'Fjord Logistics AS',
      proposedCategory: 'carrier',
      source: 'market_scanning',
      description: 'Nordic lanes',
      estimatedValue: { amountMinor: 12.5, currency: 'usd' },
      potential: 'About 2 M USD a year',
    });

    expect(problems(result)).toEqual([
      'estimatedValue.amountMinor: must be whole minor units',
      'estimatedValue.currency: must be an ISO 4217 code such as USD',
    ]);
  });
});
