import { z } from 'zod';

export const scoreHistoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Newest first'),
});

export const scoringTasksQuery = z.strictObject({
  partnerId: z.uuid().optional(),
  status: z.enum(['open', 'done']).optional(),
});

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
  staleReasons: z
    .array(z.string())
    .describe('Why the score is stale: older than a quarter, or a quarterly review overdue'),
});

export const scoringTaskSchema = z.strictObject({
  id: z.uuid(),
  partnerId: z.uuid(),
  entityId: z.string(),
  kind: z.enum(['executive_review', 'monitoring']),
  status: z.enum(['open', 'done']),
  reason: z.string(),
  openedAt: z.string(),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
  outcome: z.string().nullable(),
});

export const completeTaskSchema = z.strictObject({
  outcome: z.string().trim().min(3, 'must say what was concluded').max(5000),
});
