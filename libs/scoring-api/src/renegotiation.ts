import { z } from 'zod';

import { backupsSchema } from './dependency';
import { riskRegisterSchema } from './risks';
import { scoreStatus } from './scores';

/** Scoring's part of a renegotiation pack. */
export const renegotiationViewSchema = z.strictObject({
  partnerId: z.uuid(),
  entityId: z.string(),
  legalName: z.string(),
  category: z.string(),
  renegotiationRequired: z.boolean(),
  scores: z.array(
    z.strictObject({
      computedAt: z.string(),
      score: z.number().nullable(),
      status: scoreStatus.nullable(),
      modelVersion: z.number().int(),
      trigger: z.string(),
    }),
  ),
  trend: z.strictObject({
    direction: z.enum(['improving', 'declining', 'stable', 'unknown']),
    change: z.number().nullable(),
    since: z.string().nullable(),
  }),
  concentration: z
    .strictObject({
      currency: z.string(),
      revenueMinor: z.number().int(),
      sharePct: z.number(),
      hhi: z.number().int(),
      band: z.string(),
      dominant: z.boolean(),
      hhiWithoutPartner: z.number().int().describe('What an exit would leave the category at'),
      bandWithoutPartner: z.string(),
    })
    .nullable(),
  backups: backupsSchema,
  openRisks: riskRegisterSchema.shape.risks,
});
export type RenegotiationView = z.infer<typeof renegotiationViewSchema>;
