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

export const scoreHistoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Newest first'),
});

export const scoringTasksQuery = z.strictObject({
  partnerId: z.uuid().optional(),
  status: z.enum(['open', 'done']).optional(),
});

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

export const scoreStatus = z.enum(['green', 'yellow', 'red']);

const categoryScore = z.strictObject({
  score: z.number().nullable(),
  weight: z.number(),
  subScores: z.record(z.string(), z.number().nullable()),
});

export const partnerScoreSchema = z.strictObject({
  id: z.uuid(),
  partnerId: z.uuid(),
  entityId: z.string(),
  partnerCategory: z.string(),
  score: z.number().nullable().describe('0–100; null until any input exists'),
  status: scoreStatus.nullable().describe('green ≥ 70 strengthen, yellow ≥ 50 monitor, red'),
  modelVersion: z.number().int(),
  categories: z.strictObject({
    financial: categoryScore,
    operational: categoryScore,
    strategic: categoryScore,
  }),
  missing: z.array(z.string()).describe('Sub-scores without inputs, left out of the score'),
  inputs: z.record(z.string(), z.unknown()).describe('The figures the score was computed from'),
  window: z.strictObject({ from: z.string(), to: z.string() }),
  trigger: z.string(),
  computedAt: z.string(),
  stale: z.boolean().describe('Computed more than a quarter ago'),
});
export type PartnerScoreView = z.infer<typeof partnerScoreSchema>;

/** The score in force, with what it asks of people. */
export const currentScoreSchema = partnerScoreSchema.extend({
  renegotiationRequired: z
    .boolean()
    .describe('Set when the partner turned red: renegotiation or exit must be planned'),
});

export const scoringTaskSchema = z.strictObject({
  id: z.uuid(),
  partnerId: z.uuid(),
  entityId: z.string(),
  kind: z.enum(['executive_review', 'monitoring']),
  status: z.enum(['open', 'done']),
  reason: z.string(),
  openedAt: z.string(),
});
