import { z } from 'zod';

import { defineEvent } from '../define-event';
import { money } from './values';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a calendar month YYYY-MM');

export const financialsReported = defineEvent({
  service: 'inbound',
  aggregate: 'financials',
  name: 'reported',
  version: 1,
  summary:
    "A finance system reports a month of a partner's revenue and cost; the envelope's entityId must be the partner's entity and its source names the system.",
  schema: z.strictObject({
    partnerId: z.uuid(),
    period: month,
    revenue: money,
    cost: money,
  }),
});

export const kpisReported = defineEvent({
  service: 'inbound',
  aggregate: 'kpis',
  name: 'reported',
  version: 1,
  summary:
    "An operations system reports a month of a partner's reliability and responsiveness against target.",
  schema: z.strictObject({
    partnerId: z.uuid(),
    period: month,
    slaAttainmentPct: z.number().min(0).max(100),
    incidents: z.number().int().min(0),
    responseHours: z.number().positive(),
    responseTargetHours: z.number().positive(),
  }),
});
