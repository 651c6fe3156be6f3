import { z } from 'zod';

/**
 * Keyset pagination: the cursor names the last row of the previous page (its sort value
 * and id), so pages stay stable while rows are added, and deep pages cost what the first does.
 */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` for the next page; null on the last'),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
