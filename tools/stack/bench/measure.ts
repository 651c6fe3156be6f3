import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A process's resident memory (VmRSS) or its peak (VmHWM), in MB, from /proc. */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);

  return kb / 1024;
}

/** p50 and p99 of latencies in milliseconds, as the benchmarks print them. */
export function percentiles(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

  return `p50 ${at(50).toFixed(1)} ms   p99 ${at(99).toFixed(1)} ms`;
}

/** Streams rows into Postgres with COPY, 5,000 lines a chunk; cells must need no escaping. */
export async function copyInto(
  client: Client,
  sql: string,
  rows: Iterable<readonly (string | number | null)[]>,
): Promise<void> {
  function* lines(): Generator<string> {
    let chunk = '';
    let count = 0;
    for (const row of rows) {
      chunk += `${row.map((cell) => (cell === null ? '\\N' : String(cell))).join('\t')}\n`;
      count += 1;
      if (count === 5_000) {
        yield chunk;
        chunk = '';
        count = 0;
      }
    }
    yield chunk;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(sql)));
}
