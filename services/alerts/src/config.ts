import { z } from 'zod';

import { domainServiceSchema } from '@pn/config';

export const alertsConfigSchema = domainServiceSchema(3004).extend({
  ALERTS_SWEEP_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM')
    .default('06:00')
    .describe("local time in each entity's zone after which its daily sweep runs, default 06:00"),
  ALERTS_SWEEP_CHECK_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(3_600_000)
    .default(60_000)
    .describe('how often each replica checks whether a sweep is due, default 60000'),
});

export type AlertsConfig = z.infer<typeof alertsConfigSchema>;
