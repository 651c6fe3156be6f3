import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { DomainError } from '@pn/errors';

interface Cursor {
  value: string | null;
  id: string;
}

export interface KeysetOptions {
  /** SQL expression the page is sorted by; ties are broken by `idColumn`. */
  sortExpression: string;
  /** Postgres type of the sort expression, to read the cursor's value back as. */
  sortType: 'text' | 'date' | 'timestamptz';
  idColumn: string;
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string;
}

/**
 * Keyset pagination: order by (sort, id) and start after the cursor's row, so a page never
 * repeats or skips a row when others are added, and a deep page costs what the first does.
 * The cursor keeps the sort value as Postgres printed it, which a JavaScript Date would
 * round to milliseconds.
 */
function applyKeyset<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  options: KeysetOptions,
): SelectQueryBuilder<T> {
  const direction = options.order === 'asc' ? 'ASC' : 'DESC';
  builder
    .addSelect(`CAST(${options.sortExpression} AS text)`, 'page_sort_value')
    .orderBy(options.sortExpression, direction)
    .addOrderBy(options.idColumn, direction)
    .limit(options.limit + 1);
  if (options.cursor) {
    const cursor = decodeCursor(options.cursor);
    const comparison = options.order === 'asc' ? '>' : '<';
    builder.andWhere(
      `(${options.sortExpression}, ${options.idColumn}) ${comparison} (CAST(:pageSortValue AS ${options.sortType}), :pageId)`,
      { pageSortValue: cursor.value, pageId: cursor.id },
    );
  }

  return builder;
}

/** Runs a keyset-paged query and shapes its page: the rows as views and the next cursor. */
export async function fetchPage<T extends ObjectLiteral, V>(
  builder: SelectQueryBuilder<T>,
  options: KeysetOptions,
  idOf: (entity: T) => string,
  view: (entity: T, raw: Record<string, unknown>) => V,
): Promise<{ items: V[]; nextCursor: string | null }> {
  const { entities, raw } = await applyKeyset(builder, options).getRawAndEntities<
    Record<string, unknown>
  >();

  return pageFrom(
    entities.map((entity, index) => ({ entity, raw: raw[index] })),
    options.limit,
    idOf,
    view,
  );
}

/** Cuts the extra row fetched to learn whether another page follows. */
function pageFrom<T, V>(
  rows: { entity: T; raw: Record<string, unknown> }[],
  limit: number,
  idOf: (entity: T) => string,
  view: (entity: T, raw: Record<string, unknown>) => V,
): { items: V[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];

  return {
    items: page.map((row) => view(row.entity, row.raw)),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({
            value: (last.raw.page_sort_value as string | null) ?? null,
            id: idOf(last.entity),
          })
        : null,
  };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if (
      typeof parsed.id === 'string' &&
      (typeof parsed.value === 'string' || parsed.value === null)
    ) {
      return parsed;
    }
  } catch {
    // fall through to the error below
  }
  throw DomainError.validation('invalid request: cursor is not one this service issued', {
    fields: [{ field: 'cursor', problem: 'is not a cursor from a previous page' }],
  });
}
