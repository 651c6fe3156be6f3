import { z } from 'zod';

const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a calendar month YYYY-MM')
  .describe('The calendar month the figures are for');

const money = z.strictObject({
  amountMinor: z
    .number()
    .int('must be whole minor units (cents, pence)')
    .min(0)
    .max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
});

export const partnerParams = z.strictObject({ partnerId: z.uuid() });

/** Revenue the relationship brought and what it cost, for one month. */
export const recordFinancialsSchema = z
  .strictObject({
    period,
    revenue: money.describe('Revenue contribution of the partner in the month'),
    cost: money.describe('What the relationship cost in the month'),
    source: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .default('api')
      .describe('Where the figures come from, e.g. the finance system'),
  })
  .refine((body) => body.revenue.currency === body.cost.currency, {
    message: 'revenue and cost must be in one currency',
    path: ['cost', 'currency'],
  });
export type RecordFinancials = z.infer<typeof recordFinancialsSchema>;

/** Reliability and responsiveness against target, for one month. */
export const recordKpisSchema = z.strictObject({
  period,
  slaAttainmentPct: z.number().min(0).max(100).describe('Share of SLA targets met, percent'),
  incidents: z.number().int().min(0).max(100_000).describe('Incidents the partner caused'),
  responseHours: z.number().positive().max(100_000).describe('Mean response or resolution time'),
  responseTargetHours: z.number().positive().max(100_000).describe('The agreed target for it'),
  source: z.string().trim().min(1).max(100).default('api'),
});
export type RecordKpis = z.infer<typeof recordKpisSchema>;

const rating = z
  .number()
  .int('must be a whole rating')
  .min(1, 'must be from 1 to 5')
  .max(5, 'must be from 1 to 5');

/** An executive's qualitative view of the relationship. */
export const recordAssessmentSchema = z.strictObject({
  optionality: rating.describe('How easily the company could replace or diversify away, 1–5'),
  alignment: rating.describe("How well the partner serves the company's strategy, 1–5"),
  comment: z.string().trim().min(3, 'must say why').max(5000),
});
export type RecordAssessment = z.infer<typeof recordAssessmentSchema>;
