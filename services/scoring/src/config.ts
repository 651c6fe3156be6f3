import { z } from 'zod';

import { domainServiceSchema } from '@pn/config';

export const scoringConfigSchema = domainServiceSchema(3002).extend({
  SCORING_DOMINANT_SHARE_PCT: z.coerce
    .number()
    .min(1)
    .max(100)
    .default(30)
    .describe("a partner above this share of its entity and category's revenue is flagged"),
  SCORING_DECAY_LIMIT_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(90)
    .describe("days without the executive sponsor's involvement before a relationship decays"),
  SCORING_QUARTERLY_CHECK_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(86_400_000)
    .default(3_600_000)
    .describe("how often each replica checks whether the quarter's run is due, default 1 h"),
});

export type ScoringConfig = z.infer<typeof scoringConfigSchema>;

export const SCORING_CONFIG = Symbol('SCORING_CONFIG');
