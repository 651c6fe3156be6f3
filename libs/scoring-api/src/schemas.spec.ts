import { recordAssessmentSchema, recordFinancialsSchema, recordKpisSchema } from './index';

const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('scoring input schemas', () => {
  it('refuses financials in two currencies, naming the field', () => {
    const result = recordFinancialsSchema.safeParse({
      period: '2026-09',
      revenue: { amountMinor: 100_00, currency: 'USD' },
      cost: { amountMinor: 10_00, currency: 'GBP' },
    });

    expect(issuesOf(result)).toEqual(['cost.currency: revenue and cost must be in one currency']);
  });

  it.each([0, 6, 2.5])('refuses a rating of %s', (optionality) => {
    const result = recordAssessmentSchema.safeParse({
      optionality,
      alignment: 3,
      comment: 'ok then',
    });

    expect(issuesOf(result)[0]).toMatch(/^optionality: /);
  });

  it('refuses a period that is not a month and unknown fields', () => {
    const result = recordKpisSchema.safeParse({
      period: '2026-13',
      slaAttainmentPct: 99,
      incidents: 0,
      responseHours: 4,
      responseTargetHours: 8,
      uptime: 99.9,
    });

    expect(issuesOf(result)).toEqual(
      expect.arrayContaining([
        'period: must be a calendar month YYYY-MM',
        expect.stringContaining('uptime'),
      ]),
    );
  });
});
