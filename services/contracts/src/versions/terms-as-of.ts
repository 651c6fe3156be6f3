import type { ContractTerms, TermDiff } from '@pn/contracts-api';

export interface ApprovedVersion {
  version: number;
  kind: 'activation' | 'amendment' | 'termination';
  effectiveFrom: string;
  terms: ContractTerms;
  changes: TermDiff;
}

export interface TermsAsOf {
  inForce: boolean;
  terms: ContractTerms | null;
  versions: number[];
}

/**
 * The terms in force on `date`. Amendments take effect on their own dates, which need not
 * follow the order they were approved in: one approved today may take effect next year,
 * another may reach back to last spring. So the terms on a date are the activated terms
 * with, in approval order, the changes of every amendment that had taken effect by then.
 * A termination ends the contract after its effective date (the last day in force).
 */
export function termsAsOf(versions: readonly ApprovedVersion[], date: string): TermsAsOf {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const activation = ordered.find((version) => version.kind === 'activation');
  const termination = ordered.find((version) => version.kind === 'termination');
  if (!activation || date < activation.effectiveFrom) {
    return { inForce: false, terms: null, versions: [] };
  }
  if (termination && date > termination.effectiveFrom) {
    return { inForce: false, terms: null, versions: [] };
  }
  let terms = { ...activation.terms };
  const applied = [activation.version];
  for (const version of ordered) {
    if (version.kind !== 'amendment' || version.effectiveFrom > date) {
      continue;
    }
    for (const [field, change] of Object.entries(version.changes)) {
      terms = { ...terms, [field]: change.to };
    }
    applied.push(version.version);
  }

  return { inForce: true, terms, versions: applied };
}
