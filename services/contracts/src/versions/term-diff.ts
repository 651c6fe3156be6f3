import { type ContractTerms, TERM_FIELDS, type TermDiff } from '@pn/contracts-api';

import { canonicalJson } from '../audit/audit-hash';

/** The fields whose values differ between two sets of terms, each with from and to. */
export function diffTerms(before: ContractTerms | null, after: ContractTerms): TermDiff {
  const diff: TermDiff = {};
  for (const field of TERM_FIELDS) {
    const from = before ? before[field] : null;
    if (canonicalJson(from) !== canonicalJson(after[field])) {
      diff[field] = { from, to: after[field] };
    }
  }

  return diff;
}

export function applyChanges(terms: ContractTerms, changes: Partial<ContractTerms>): ContractTerms {
  return { ...terms, ...changes };
}
