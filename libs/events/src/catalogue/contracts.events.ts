import { z } from 'zod';

import { defineEvent } from '../define-event';
import { calendarDate, partnerCategory, renewalType } from './values';

export const contractCreated = defineEvent({
  service: 'contracts',
  aggregate: 'contract',
  name: 'created',
  version: 1,
  summary:
    'A contract was registered with its term, renewal and notice rules; consumers derive its key dates.',
  schema: z.strictObject({
    contractId: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    partnerCategory,
    entityId: z.string(),
    entityTimeZone: z.string(),
    title: z.string(),
    effectiveDate: calendarDate,
    initialTermMonths: z.number().int().positive(),
    renewalType,
    renewalTermMonths: z.number().int().positive().nullable(),
    noticeDays: z.number().int().min(0),
  }),
});
