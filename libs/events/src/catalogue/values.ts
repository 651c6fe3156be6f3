import { z } from 'zod';

/** A calendar date with no time: contract dates are dates in the entity's time zone. */
export const calendarDate = z.iso.date();

export const partnerCategory = z.enum(['carrier', 'vendor', 'strategic_partner', 'opportunistic']);
export type PartnerCategory = z.infer<typeof partnerCategory>;

export const renewalType = z.enum(['auto', 'manual', 'none']);
export type RenewalType = z.infer<typeof renewalType>;

/** Money is an integer count of the currency's minor units (cents, pence), never a float. */
export const money = z.strictObject({
  amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
});
export type Money = z.infer<typeof money>;

export const shortText = z.string().trim().min(1).max(300);
