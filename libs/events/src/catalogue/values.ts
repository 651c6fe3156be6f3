import { z } from 'zod';

/** A calendar date with no time: contract dates are dates in the entity's time zone. */
export const calendarDate = z.iso.date();

export const partnerCategory = z.enum(['carrier', 'vendor', 'strategic_partner', 'opportunistic']);
export type PartnerCategory = z.infer<typeof partnerCategory>;

export const renewalType = z.enum(['auto', 'manual', 'none']);
export type RenewalType = z.infer<typeof renewalType>;
