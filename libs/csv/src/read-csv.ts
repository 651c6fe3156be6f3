import { parse } from 'csv-parse/sync';

import type { ImportProblems } from './import-problems';

export interface CsvRow {
  /** Line of the file where the record starts; the header is line 1. */
  line: number;
  values: Record<string, string>;
}

/**
 * Decodes and parses an import file. Anything that makes the file as a whole unreadable
 * (bytes that are not UTF-8, a broken quote, a header that does not name the expected
 * columns, too many rows) is reported against line 1 or the line at fault, and no row is
 * returned.
 */
export function readCsv(
  bytes: Uint8Array,
  columns: { required: readonly string[]; optional: readonly string[] },
  problems: ImportProblems,
  maxRows: number,
): CsvRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    problems.add(1, '(file)', 'is not valid UTF-8 text; save the file as CSV UTF-8');

    return [];
  }
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    }) as unknown as { record: string[]; info: { lines: number; empty_lines: number } }[];
  } catch (error) {
    const failure = error as { lines?: number; message: string };
    problems.add(failure.lines ?? 1, '(file)', `is not well-formed CSV: ${failure.message}`);

    return [];
  }
  const [header, ...body] = records;
  if (!header) {
    problems.add(1, '(file)', 'is empty');

    return [];
  }
  const names = header.record.map((name) => name.toLowerCase());
  const known = new Set([...columns.required, ...columns.optional]);
  for (const missing of columns.required.filter((name) => !names.includes(name))) {
    problems.add(1, missing, 'column is missing from the header');
  }
  for (const unknown of names.filter((name) => !known.has(name))) {
    problems.add(1, unknown, `is not a column of this import (known: ${[...known].join(', ')})`);
  }
  if (body.length > maxRows) {
    problems.add(1, '(file)', `has ${body.length} rows; the limit is ${maxRows}`);
  }
  if (problems.any) {
    return [];
  }

  // csv-parse reports the line a record ends on; a record starts after the previous one
  // ended and after any empty lines skipped since.
  let previous = header.info;

  return body.map(({ record, info }) => {
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;

    return {
      line,
      values: Object.fromEntries(names.map((name, index) => [name, record[index] ?? ''])),
    };
  });
}
