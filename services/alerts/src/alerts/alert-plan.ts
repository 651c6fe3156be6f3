import { addDays, type CalendarDate, daysBetween } from '@pn/calendar';

import type { ContractTerms } from '../renewals/key-dates';
import { type RenewalDecisionKind, renewalState } from './renewal-state';

export type AlertKind = 'advance' | 'deadline' | 'overdue' | 'escalation' | 'silent_rollover';

export interface AlertPolicy {
  /** Days before the action deadline, e.g. 180, 120, 90, 60. */
  offsets: readonly number[];
  /** Escalate when fewer days than this are left and nobody has decided. */
  escalationThresholdDays: number;
  /** Repeat an escalation this often until a decision is recorded. */
  escalationRepeatDays: number;
}

export interface PlannedAlert {
  /**
   * Identity of the alert within its contract. It names the term and the deadline, so an
   * amendment that moves the deadline yields new alerts, while one that leaves it in place
   * finds the alerts already raised.
   */
  key: string;
  kind: AlertKind;
  termNumber: number;
  actionDeadline: CalendarDate;
  offsetDays: number | null;
  /** The day it became due; earlier than the day it is raised means it is late. */
  dueOn: CalendarDate;
}

/**
 * Every alert due for a contract by `today`, whether or not it was raised before: the
 * caller stores them idempotently by key, so a sweep that runs after downtime raises what
 * was missed and nothing twice. Alerts that fell due before the contract's current terms
 * were known (`knownSince`) are noise, except the most recent of each kind, which is kept.
 */
export function alertsDue(
  terms: ContractTerms,
  decisions: ReadonlyMap<number, RenewalDecisionKind>,
  policy: AlertPolicy,
  today: CalendarDate,
  knownSince: CalendarDate,
): PlannedAlert[] {
  const state = renewalState(terms, decisions, today);
  const term = state.actionTerm.number;
  const deadline = state.actionDeadline;
  const alert = (kind: AlertKind, dueOn: CalendarDate, suffix: string | number | null) => ({
    key: `${term}:${deadline}:${kind}${suffix === null ? '' : `:${suffix}`}`,
    kind,
    termNumber: term,
    actionDeadline: deadline,
    offsetDays: kind === 'advance' ? Number(suffix) : null,
    dueOn,
  });

  const rollovers = state.silentRollovers.map((rollover) => ({
    key: `${rollover.termNumber}:${rollover.noticeDeadline}:silent_rollover`,
    kind: 'silent_rollover' as const,
    termNumber: rollover.termNumber,
    actionDeadline: rollover.noticeDeadline,
    offsetDays: null,
    dueOn: addDays(rollover.noticeDeadline, 1),
  }));
  if (state.decision !== null) {
    return onlyRecent(rollovers, knownSince);
  }

  const advance = [...policy.offsets]
    .sort((a, b) => b - a)
    .map((offset) => alert('advance', addDays(deadline, -offset), offset))
    .filter((planned) => planned.dueOn <= today);
  const onTheDay = today >= deadline ? [alert('deadline', deadline, null)] : [];
  const overdue = today > deadline ? [alert('overdue', addDays(deadline, 1), null)] : [];
  const escalations: PlannedAlert[] = [];
  const firstEscalation = addDays(deadline, -(policy.escalationThresholdDays - 1));
  for (
    let round = 0, dueOn = firstEscalation;
    dueOn <= today;
    round += 1, dueOn = addDays(firstEscalation, round * policy.escalationRepeatDays)
  ) {
    escalations.push(alert('escalation', dueOn, round));
  }

  return [
    ...onlyRecent(rollovers, knownSince),
    ...onlyRecent(advance, knownSince),
    ...onTheDay,
    ...overdue,
    ...onlyRecent(escalations, knownSince),
  ];
}

/** Alerts due on or after `since`, plus the latest one due before it. */
function onlyRecent(alerts: PlannedAlert[], since: CalendarDate): PlannedAlert[] {
  const before = alerts.filter((planned) => planned.dueOn < since);
  const latestBefore = before.reduce<PlannedAlert | null>(
    (latest, planned) => (latest === null || planned.dueOn > latest.dueOn ? planned : latest),
    null,
  );

  return alerts.filter((planned) => planned.dueOn >= since || planned === latestBefore);
}

export function isLate(planned: PlannedAlert, raisedOn: CalendarDate): boolean {
  return daysBetween(planned.dueOn, raisedOn) > 0;
}

/** The day nothing new will ever fall due, for a contract whose alerts are all behind it. */
export const NEVER = '9999-12-31';

/**
 * The first day after `today` on which `alertsDue` will have something it did not have
 * today: the next offset, the deadline day, the day after it (overdue, or a rollover into
 * the next term) or the next escalation. The sweep evaluates a contract only once that day
 * has come, so a daily sweep reads the few contracts with something due, not all of them.
 */
export function nextDueOn(
  terms: ContractTerms,
  decisions: ReadonlyMap<number, RenewalDecisionKind>,
  policy: AlertPolicy,
  today: CalendarDate,
): CalendarDate {
  const state = renewalState(terms, decisions, today);
  const deadline = state.actionDeadline;
  const candidates = [addDays(deadline, 1)];
  if (state.decision === null) {
    candidates.push(deadline, ...policy.offsets.map((offset) => addDays(deadline, -offset)));
    const firstEscalation = addDays(deadline, -(policy.escalationThresholdDays - 1));
    const rounds = Math.max(
      0,
      Math.ceil((daysBetween(firstEscalation, today) + 1) / policy.escalationRepeatDays),
    );
    candidates.push(addDays(firstEscalation, rounds * policy.escalationRepeatDays));
  } else if (state.decision === 'exit' || terms.renewalType !== 'auto') {
    return NEVER;
  }

  return candidates.filter((date) => date > today).sort()[0] ?? NEVER;
}
