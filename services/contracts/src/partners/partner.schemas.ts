import { z } from 'zod';

import { partnerCategory } from '@pn/events';

export const createPartnerSchema = z.strictObject({
  entityId: z.string().min(1),
  legalName: z.string().trim().min(1).max(300),
  category: partnerCategory,
});
export type CreatePartner = z.infer<typeof createPartnerSchema>;

export const partnerIdSchema = z.strictObject({ id: z.uuid() });
