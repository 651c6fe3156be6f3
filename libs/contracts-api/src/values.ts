import { z } from 'zod';

export {
  calendarDate,
  type Money,
  money,
  partnerCategory,
  renewalType,
  shortText,
} from '@pn/events';

/** A Keycloak username: relationship owners and sponsors are people who sign in. */
export const username = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._@-]{1,99}$/, 'must be a username such as erin.exec');

export const entityCode = z
  .string()
  .regex(/^[A-Z0-9]{2,20}$/, 'must be an entity code such as US01');

export const reason = z.string().trim().min(3, 'must say why, in at least 3 characters').max(2000);

/**
 * Query parameters arrive as strings; a boolean filter is spelled `true` or `false`. A
 * boolean is accepted too, because the gateway forwards what it has already parsed.
 */
export const booleanParam = z.union([
  z.boolean(),
  z.enum(['true', 'false']).transform((value) => value === 'true'),
]);
