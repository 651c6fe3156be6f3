import type { Caller } from '@pn/auth';
import {
  type ContractTerms,
  fieldsNotOwned,
  TERM_OWNERS,
  type TermField,
  termProblems,
} from '@pn/contracts-api';
import { DomainError } from '@pn/errors';

/**
 * Field-level ownership, enforced here rather than in any UI: a caller writes only the
 * terms their function owns.
 */
export function requireTermOwnership(caller: Caller, fields: readonly TermField[]): void {
  const refused = fieldsNotOwned(fields, caller.roles);
  if (refused.length > 0) {
    throw DomainError.forbidden(
      'contract.term_not_owned',
      `your roles (${caller.roles.join(', ') || 'none'}) may not write: ${refused
        .map((field) => `${field} (owned by ${TERM_OWNERS[field]})`)
        .join(', ')}`,
      { fields: refused.map((field) => ({ field, owner: TERM_OWNERS[field] })) },
    );
  }
}

/** Refuses terms whose fields contradict each other, naming each field at fault. */
export function requireConsistentTerms(terms: ContractTerms): void {
  const problems = termProblems(terms);
  if (problems.length > 0) {
    throw DomainError.validation(
      `invalid terms: ${problems.map((problem) => `${problem.field} ${problem.problem}`).join('; ')}`,
      { fields: problems },
    );
  }
}
