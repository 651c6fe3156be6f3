import { ROLES, WRITER_ROLES } from '@pn/auth';

/** Every role may read; reading is still limited to the caller's own entities. */
export const READERS = [...ROLES];

/** Everyone but the read-only auditor. */
export const WRITERS = [...WRITER_ROLES];
