import { z } from 'zod';

import { calendarDate, renewalType } from '@pn/events';

export const createContractSchema = z
  .strictObject({
    partnerId: z.uuid(),
    title: z.string().trim().min(1).max(300),
    effectiveDate: calendarDate,
    initialTermMonths: z.number().int().min(1).max(600),
    renewalType,
    renewalTermMonths: z.number().int().min(1).max(600).nullable().default(null),
    noticeDays: z.number().int().min(0).max(3650),
  })
  .refine((contract) => contract.renewalType !== 'auto' || contract.renewalTermMonths !== null, {
    path: ['renewalTermMonths'],
    message: 'is required when renewalType is auto',
  });
export type CreateContract = z.infer<typeof createContractSchema>;

export const contractIdSchema = z.strictObject({ id: z.uuid() });
