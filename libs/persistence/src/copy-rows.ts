import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

export type CopyCell = string | number | boolean | null;

// Rows per chunk written to the COPY stream: fewer, larger writes.
const ROWS_PER_CHUNK = 1_000;

/**
 * Writes rows with COPY FROM STDIN on the transaction's own connection, so they commit or
 * roll back with everything else the transaction does. For bulk writes only: COPY is the
 * fastest way into Postgres, several times faster than batched INSERTs.
 */
export async function copyRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyCell[]>,
): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error(`copyRows into ${table} must run inside a transaction`);
  }
  const client = (await runner.connect()) as PoolClient;
  await pipeline(
    Readable.from(chunks(rows)),
    client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)),
  );
}

function* chunks(rows: Iterable<readonly CopyCell[]>): Generator<string> {
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    chunk += `${row.map(copyText).join('\t')}\n`;
    count += 1;
    if (count === ROWS_PER_CHUNK) {
      yield chunk;
      chunk = '';
      count = 0;
    }
  }
  if (chunk) {
    yield chunk;
  }
}

/** One cell in COPY's text format: \N for null, backslash escapes for the separators. */
export function copyText(cell: CopyCell): string {
  if (cell === null) {
    return '\\N';
  }

  return String(cell)
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}
