import { addDays, type CalendarDate, daysBetween } from '@pn/calendar';

import {
  type ContractTerms,
  initialTerm,
  nextTerm,
  type Term,
  termOn,
} from '../renewals/key-dates';

export type RenewalDecisionKind = 'renew' | 'renegotiate' | 'exit';

export interface SilentRollover {
  /** The term that was renewed without anyone choosing it. */
  termNumber: number;
  /** The notice deadline that passed with no decision. */
  noticeDeadline: CalendarDate;
}

export interface RenewalState {
  /** The term in force today. */
  currentTerm: Term;
  /** The term whose deadline a person must act on now. */
  actionTerm: Term;
  /** Notice deadline (auto) or expiry (manual, none) of the action term. */
  actionDeadline: CalendarDate;
  daysToActionDeadline: number;
  daysToTermEnd: number;
  /** A decision already recorded for the action term, if any. */
  decision: RenewalDecisionKind | null;
  /** Terms an auto-renewing contract was locked into because a notice deadline passed unheeded. */
  silentRollovers: SilentRollover[];
}

/**
 * Where a contract stands on `today`, given the renewal decisions recorded per term. An
 * auto-renewing contract whose notice deadline passes without a decision is locked into its
 * next term at that moment (a silent rollover), so the next term's notice deadline becomes
 * the one to act on, even though the old term still runs to its end. A decision to exit
 * ends the chain: nothing rolls after that term.
 */
export function renewalState(
  terms: ContractTerms,
  decisions: ReadonlyMap<number, RenewalDecisionKind>,
  today: CalendarDate,
): RenewalState {
  let term = initialTerm(terms);
  const silentRollovers: SilentRollover[] = [];
  if (terms.renewalType === 'auto') {
    for (;;) {
      const noticeDeadline = addDays(term.end, -terms.noticeDays);
      const decision = decisions.get(term.number);
      if (today <= noticeDeadline || decision === 'exit') {
        break;
      }
      if (decision === undefined) {
        silentRollovers.push({ termNumber: term.number + 1, noticeDeadline });
      }
      term = nextTerm(terms, term);
    }
  }
  const actionDeadline =
    terms.renewalType === 'auto' ? addDays(term.end, -terms.noticeDays) : term.end;
  const currentTerm = today < term.start ? termOn(terms, today) : term;

  return {
    currentTerm,
    actionTerm: term,
    actionDeadline,
    daysToActionDeadline: daysBetween(today, actionDeadline),
    daysToTermEnd: daysBetween(today, currentTerm.end),
    decision: decisions.get(term.number) ?? null,
    silentRollovers,
  };
}
