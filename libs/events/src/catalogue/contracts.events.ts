import { z } from 'zod';

import { defineEvent } from '../define-event';
import { calendarDate, partnerCategory, renewalType } from './values';

export const partnerCreated = defineEvent({
  service: 'contracts',
  aggregate: 'partner',
  name: 'created',
  version: 1,
  summary: 'A partner relationship was registered for one of the legal entities.',
  schema: z.strictObject({
    partnerId: z.uuid(),
    entityId: z.string(),
    legalName: z.string().min(1),
    category: partnerCategory,
    status: z.string(),
  }),
});

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
