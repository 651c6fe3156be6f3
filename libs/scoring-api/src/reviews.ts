import { z } from 'zod';

import { recordAssessmentSchema } from './inputs';

export const quarterParam = z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter such as 2026-Q4');

export const reviewsQuery = z.strictObject({
  entityId: z.string().min(1).optional(),
  partnerId: z.uuid().optional(),
  status: z
    .enum(['open', 'completed', 'overdue'])
    .optional()
    .describe('overdue: still open after the quarter ended'),
});
export type ReviewsQuery = z.infer<typeof reviewsQuery>;

export const completeReviewSchema = recordAssessmentSchema.extend({
  notes: z.string().trim().min(3, 'must record what was reviewed').max(20_000),
});
export type CompleteReview = z.infer<typeof completeReviewSchema>;

export const reviewSchema = z.strictObject({
  id: z.uuid(),
  partnerId: z.uuid(),
  entityId: z.string(),
  quarter: z.string(),
  dueOn: z.string().describe("The quarter's last day"),
  status: z.enum(['open', 'completed']),
  overdue: z.boolean(),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
  notes: z.string().nullable(),
});

export const quarterlyRunSchema = z.strictObject({
  quarter: z.string(),
  partners: z.number().int().describe('Active partners scored again'),
  reviewsOpened: z.number().int(),
});
