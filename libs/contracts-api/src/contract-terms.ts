import { z } from 'zod';

import { type ContractTerms, termFields } from '@pn/events';

export {
  clause,
  type ContractTerms,
  contractTermsSchema,
  contractType,
  fee,
  incentive,
  paymentInstallment,
  penalty,
  TERM_FIELDS,
  type TermField,
  termFields,
  type ThresholdRule,
  thresholdRule,
} from '@pn/events';

/** A partial set of terms: a draft edit or the changes an amendment proposes. */
export const termChangesSchema = z
  .strictObject(termFields)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one term');
export type TermChanges = z.infer<typeof termChangesSchema>;

/** Rules that span fields, checked on the whole set of terms after any change. */
export function termProblems(terms: ContractTerms): { field: string; problem: string }[] {
  const problems: { field: string; problem: string }[] = [];
  if ((terms.initialTermMonths === null) === (terms.endDate === null)) {
    problems.push({
      field: 'initialTermMonths',
      problem: 'give either initialTermMonths or endDate, not both and not neither',
    });
  }
  if (terms.endDate !== null && terms.endDate <= terms.effectiveDate) {
    problems.push({ field: 'endDate', problem: 'must be after effectiveDate' });
  }
  if (terms.renewalType !== 'none' && terms.renewalTermMonths === null) {
    problems.push({
      field: 'renewalTermMonths',
      problem: `is required when renewalType is ${terms.renewalType}`,
    });
  }
  if (terms.renewalType === 'none' && terms.renewalTermMonths !== null) {
    problems.push({ field: 'renewalTermMonths', problem: 'must be null when renewalType is none' });
  }

  return problems;
}

/** The terms a new draft leaves empty for their owners to fill in: schedules, clauses, scope. */
export function blankTerms(): Pick<
  ContractTerms,
  | 'complianceClauses'
  | 'fees'
  | 'penalties'
  | 'paymentSchedule'
  | 'incentives'
  | 'thresholds'
  | 'performanceClauses'
  | 'serviceScope'
> {
  return {
    complianceClauses: [],
    fees: [],
    penalties: [],
    paymentSchedule: [],
    incentives: [],
    thresholds: [],
    performanceClauses: [],
    serviceScope: null,
  };
}
