import { ROLES } from '@pn/auth';

/** Every role may read; reading is still limited to the caller's own entities. */
export const READERS = [...ROLES];
