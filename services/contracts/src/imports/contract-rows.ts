import {
  blankTerms,
  type ContractTerms,
  contractType,
  renewalType,
  termProblems,
} from '@pn/contracts-api';
import type { CsvRow, ImportProblems } from '@pn/csv';

import { RowReader } from './cell-parsers';

export interface ContractRow {
  line: number;
  externalRef: string;
  partnerRef: string;
  terms: ContractTerms;
}

/**
 * Checks every contract row: each cell, the rules that span cells (the same ones a draft
 * must satisfy), and that its partner exists in the entity. A row with any problem is
 * reported and left out.
 */
export function contractRows(
  rows: readonly CsvRow[],
  partnerNames: ReadonlyMap<string, string>,
  problems: ImportProblems,
): ContractRow[] {
  const valid: ContractRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const read = new RowReader(line, values, problems);
    const externalRef = read.text('external_ref', { required: true, max: 100 });
    const partnerRef = read.text('partner_ref', { required: true, max: 100 });
    const partnerName = partnerRef === null ? undefined : partnerNames.get(partnerRef);
    if (partnerRef !== null && partnerName === undefined) {
      read.fail('partner_ref', `no partner of this entity has external_ref "${partnerRef}"`);
    }
    const title = read.text('title', { required: true });
    const effectiveDate = read.date('effective_date', { required: true });
    const renewal = read.oneOf('renewal_type', renewalType.options);
    const noticeDays = read.int('notice_days', 0, 3650, { required: true });
    const terms = {
      title,
      contractType: read.oneOf('contract_type', contractType.options, 'other'),
      counterpartyLegalName: read.text('counterparty_legal_name') ?? partnerName ?? '',
      effectiveDate,
      initialTermMonths: read.int('initial_term_months', 1, 600),
      endDate: read.date('end_date'),
      renewalType: renewal,
      renewalTermMonths: read.int('renewal_term_months', 1, 600),
      noticeDays,
      terminationNoticeDays: read.int('termination_notice_days', 0, 3650),
      ...blankTerms(),
    };
    if (externalRef !== null) {
      const first = seen.get(externalRef);
      if (first !== undefined) {
        read.fail('external_ref', `repeats line ${first}`);
      }
      seen.set(externalRef, line);
    }
    if (!read.ok || !externalRef || !partnerRef || !title || !effectiveDate || !renewal) {
      continue;
    }
    const complete = terms as ContractTerms;
    const crossField = termProblems(complete);
    for (const problem of crossField) {
      read.fail(toColumn(problem.field), problem.problem);
    }
    if (crossField.length === 0) {
      valid.push({ line, externalRef, partnerRef, terms: complete });
    }
  }

  return valid;
}

/** initialTermMonths → initial_term_months: problems name the file's columns. */
function toColumn(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
