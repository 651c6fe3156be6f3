import type { Role } from '@pn/auth';

import type { TermField } from './contract-terms';

/**
 * Who may write which terms (brief section 4): legal owns contract accuracy, strategy the
 * commercial terms, finance payments and incentives, operations execution. Admins run the
 * platform and own no terms.
 */
export const TERM_OWNERS: Readonly<Record<TermField, Role>> = {
  title: 'legal',
  contractType: 'legal',
  counterpartyLegalName: 'legal',
  effectiveDate: 'legal',
  initialTermMonths: 'legal',
  endDate: 'legal',
  renewalType: 'legal',
  renewalTermMonths: 'legal',
  noticeDays: 'legal',
  terminationNoticeDays: 'legal',
  complianceClauses: 'legal',
  fees: 'strategy',
  penalties: 'strategy',
  paymentSchedule: 'finance',
  incentives: 'finance',
  thresholds: 'finance',
  performanceClauses: 'operations',
  serviceScope: 'operations',
};

/** The fields among `fields` that none of `roles` owns. */
export function fieldsNotOwned(
  fields: readonly TermField[],
  roles: readonly string[],
): TermField[] {
  return fields.filter((field) => !roles.includes(TERM_OWNERS[field]));
}
