import { addDays, type CalendarDate, daysBetween, termEnd } from '@pn/calendar';
import type { RenewalType } from '@pn/events';

export interface ContractTerms {
  effectiveDate: CalendarDate;
  /** Length of the initial term; null when the contract gives an explicit end date. */
  initialTermMonths: number | null;
  endDate?: CalendarDate | null;
  renewalType: RenewalType;
  /** Length of each renewal term; when absent a renewal repeats the initial term. */
  renewalTermMonths: number | null;
  noticeDays: number;
}

export interface Term {
  /** 1 for the initial term, 2 for the first renewal, and so on. */
  number: number;
  start: CalendarDate;
  end: CalendarDate;
}

export interface KeyDates {
  term: Term;
  /** Last day to give notice of non-renewal (auto renewal only). */
  noticeDeadline: CalendarDate | null;
  /** The date by which a person must act: the notice deadline, or the expiry. */
  actionDeadline: CalendarDate;
  daysToActionDeadline: number;
  daysToTermEnd: number;
}

export function initialTerm(terms: ContractTerms): Term {
  return {
    number: 1,
    start: terms.effectiveDate,
    end: terms.endDate ?? termEnd(terms.effectiveDate, monthsOf(terms.initialTermMonths)),
  };
}

/** The term after `term`: it starts the day after `term` ends. */
export function nextTerm(terms: ContractTerms, term: Term): Term {
  const start = addDays(term.end, 1);

  return {
    number: term.number + 1,
    start,
    end: termEnd(start, monthsOf(terms.renewalTermMonths ?? terms.initialTermMonths)),
  };
}

/** The contracts service refuses terms without a length, so a null here is a defect. */
function monthsOf(months: number | null): number {
  if (months === null) {
    throw new Error('contract terms give neither a term length in months nor an end date');
  }

  return months;
}

/**
 * The term in force on `today`. An auto-renewing contract rolls forward term by term;
 * any other contract stays in its initial term, which may have ended.
 */
export function termOn(terms: ContractTerms, today: CalendarDate): Term {
  let term = initialTerm(terms);
  if (terms.renewalType !== 'auto') {
    return term;
  }
  while (today > term.end) {
    term = nextTerm(terms, term);
  }

  return term;
}

export function keyDatesOn(terms: ContractTerms, today: CalendarDate): KeyDates {
  const term = termOn(terms, today);
  const noticeDeadline = terms.renewalType === 'auto' ? addDays(term.end, -terms.noticeDays) : null;
  const actionDeadline = noticeDeadline ?? term.end;

  return {
    term,
    noticeDeadline,
    actionDeadline,
    daysToActionDeadline: daysBetween(today, actionDeadline),
    daysToTermEnd: daysBetween(today, term.end),
  };
}
