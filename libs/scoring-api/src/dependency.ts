import { z } from 'zod';

export const entityScopeQuery = z.strictObject({
  entityId: z.string().min(1).optional().describe('One of your entities; all of them if absent'),
});

export const concentrationSchema = z.strictObject({
  entityId: z.string(),
  category: z.string(),
  currency: z.string(),
  totalRevenueMinor: z.number().int(),
  partners: z.array(
    z.strictObject({
      partnerId: z.uuid(),
      legalName: z.string(),
      revenueMinor: z.number().int(),
      sharePct: z.number().describe('Percent of the entity and category revenue, 2 decimals'),
    }),
  ),
  hhi: z.number().int().describe('Herfindahl–Hirschman Index: sum of squared % shares, 0–10,000'),
  band: z
    .enum(['highly_concentrated', 'moderately_concentrated', 'not_concentrated'])
    .describe('2023 US merger guidelines: above 1,800 highly; 1,000–1,800 moderately'),
  dominantSharePct: z.number(),
  dominant: z.array(z.uuid()).describe('Partners above the dominant share'),
});

const provider = z.strictObject({
  partnerId: z.uuid(),
  legalName: z.string(),
  score: z.number().nullable(),
});

export const recordDiversificationPlanSchema = z.strictObject({
  entityId: z.string().min(1),
  capability: z.string().trim().min(1).max(60),
  plan: z.string().trim().min(3, 'must say how the capability gets another provider').max(5000),
  ownerUsername: z.string().trim().min(1).max(100),
  targetDate: z.iso.date(),
});
export type RecordDiversificationPlan = z.infer<typeof recordDiversificationPlanSchema>;

export const diversificationPlanSchema = recordDiversificationPlanSchema.extend({
  id: z.uuid(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const capabilityCoverageSchema = z.strictObject({
  entityId: z.string(),
  capabilities: z.array(
    z.strictObject({
      capability: z.string(),
      providers: z.array(provider).describe('Active providers, best score first'),
      singlePointOfFailure: z.boolean().describe('Exactly one active provider'),
      plans: z
        .array(diversificationPlanSchema)
        .describe('Diversification plans recorded for the capability, newest first'),
    }),
  ),
});

export const backupsSchema = z.array(
  z.strictObject({
    capability: z.string(),
    backups: z.array(provider).describe('Other active providers, best score first'),
  }),
);
