import { z } from 'zod';

export { calendarDate, partnerCategory, renewalType } from '@pn/events';

/** Money is an integer count of the currency's minor units (cents, pence), never a float. */
export const money = z.strictObject({
  amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
});
export type Money = z.infer<typeof money>;

/** A Keycloak username: relationship owners and sponsors are people who sign in. */
export const username = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._@-]{1,99}$/, 'must be a username such as erin.exec');

export const entityCode = z
  .string()
  .regex(/^[A-Z0-9]{2,20}$/, 'must be an entity code such as US01');

export const reason = z.string().trim().min(3, 'must say why, in at least 3 characters').max(2000);

export const shortText = z.string().trim().min(1).max(300);

/** Query parameters arrive as strings; a boolean filter is spelled `true` or `false`. */
export const booleanParam = z.enum(['true', 'false']).transform((value) => value === 'true');
