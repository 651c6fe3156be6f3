import { z } from 'zod';

import { riskKind } from './risks';

const statusCounts = z.strictObject({
  green: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  unscored: z.number().int(),
});

const portfolioSummary = {
  relationships: z.number().int().describe('Partners past prospect and not exited'),
  byStatus: statusCounts,
  byCategory: z.record(z.string(), statusCounts),
  healthIndex: z
    .number()
    .nullable()
    .describe('Mean score weighted by category priority (carrier 4 … opportunistic 1)'),
  topRisks: z.array(
    z.strictObject({
      partnerId: z.uuid(),
      legalName: z.string(),
      entityId: z.string(),
      category: z.string(),
      risk: riskKind,
      evidence: z.string(),
    }),
  ),
};

export const portfolioSchema = z.strictObject({
  modelVersion: z.number().int(),
  overall: z.strictObject(portfolioSummary),
  entities: z.array(
    z.strictObject({
      entityId: z.string(),
      ...portfolioSummary,
      concentration: z.array(
        z.strictObject({
          category: z.string(),
          hhi: z.number().int(),
          band: z.string(),
          dominant: z.array(z.uuid()),
        }),
      ),
    }),
  ),
});
