import { z } from 'zod';

const categoryWeights = z.strictObject({
  financial: z.number().min(0).max(1),
  operational: z.number().min(0).max(1),
  strategic: z.number().min(0).max(1),
});
const perCategory = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    carrier: value,
    strategic_partner: value,
    vendor: value,
    opportunistic: value,
  });

/** A new version of the scoring model; the service checks that each category's weights add up to 1. */
export const publishModelSchema = z.strictObject({
  weights: perCategory(categoryWeights).describe('Per partner category; each set adds up to 1'),
  thresholds: z
    .strictObject({ green: z.number().min(0).max(100), yellow: z.number().min(0).max(100) })
    .describe('green at or above `green`, yellow at or above `yellow`, red below'),
  categoryPriority: perCategory(z.number().int().min(1).max(100)).describe(
    'How much a partner of each category counts in portfolio aggregates',
  ),
  reason: z.string().trim().min(3, 'must say why').max(2000),
});
export type PublishModel = z.infer<typeof publishModelSchema>;

export const scoringModelSchema = publishModelSchema.extend({
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  rescored: z.number().int().optional().describe('Partners scored again under this version'),
});
