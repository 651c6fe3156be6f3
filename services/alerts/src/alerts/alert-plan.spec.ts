import fc from 'fast-check';

import { addDays, formatDate } from '@pn/calendar';

import type { ContractTerms } from '../renewals/key-dates';
import { type AlertPolicy, alertsDue, isLate, NEVER, nextDueOn } from './alert-plan';
import { type RenewalDecisionKind, renewalState } from './renewal-state';

// Term 1 runs 2025-01-15 to 2026-01-14; notice is due 90 days before: 2025-10-16.
const auto: ContractTerms = {
  effectiveDate: '2025-01-15',
  initialTermMonths: 12,
  endDate: null,
  renewalType: 'auto',
  renewalTermMonths: 12,
  noticeDays: 90,
};
const DEADLINE = '2025-10-16';
const policy: AlertPolicy = {
  offsets: [180, 120, 90, 60],
  escalationThresholdDays: 60,
  escalationRepeatDays: 7,
};
const none = new Map<number, RenewalDecisionKind>();
const at = (daysBeforeDeadline: number) => addDays(DEADLINE, -daysBeforeDeadline);
const keys = (today: string, knownSince = '2025-01-15', decisions = none, terms = auto) =>
  alertsDue(terms, decisions, policy, today, knownSince).map((alert) => alert.key);

describe('renewalState', () => {
  it('tracks the notice deadline of the term in force', () => {
    const state = renewalState(auto, none, '2025-06-01');

    expect(state).toMatchObject({
      actionTerm: { number: 1, end: '2026-01-14' },
      actionDeadline: DEADLINE,
      daysToActionDeadline: 137,
      silentRollovers: [],
    });
  });

  it('locks the contract into its next term the day after an unheeded notice deadline', () => {
    const state = renewalState(auto, none, '2025-10-17');

    expect(state.silentRollovers).toEqual([{ termNumber: 2, noticeDeadline: DEADLINE }]);
    // Term 1 still runs to its end; the deadline to act on is already term 2's.
    expect(state.currentTerm.number).toBe(1);
    expect(state.actionTerm.number).toBe(2);
    expect(state.actionDeadline).toBe('2026-10-16');
  });

  it('renews without a silent rollover when someone decided to', () => {
    const state = renewalState(auto, new Map([[1, 'renew']]), '2025-10-17');

    expect(state.silentRollovers).toEqual([]);
    expect(state.actionTerm.number).toBe(2);
  });

  it('stops at the term whose exit was decided', () => {
    const state = renewalState(auto, new Map([[1, 'exit']]), '2026-06-01');

    expect(state).toMatchObject({
      actionTerm: { number: 1 },
      decision: 'exit',
      silentRollovers: [],
    });
  });
});

describe('alertsDue', () => {
  it('raises each advance alert once its offset is reached', () => {
    expect(keys(at(181))).toEqual([]);
    expect(keys(at(180))).toEqual([`1:${DEADLINE}:advance:180`]);
    expect(keys(at(100))).toEqual([`1:${DEADLINE}:advance:180`, `1:${DEADLINE}:advance:120`]);
  });

  it('catches up everything that fell due while the service was down, marked late', () => {
    const due = alertsDue(auto, none, policy, at(50), '2025-01-15');

    expect(due.map((alert) => alert.key)).toEqual([
      `1:${DEADLINE}:advance:180`,
      `1:${DEADLINE}:advance:120`,
      `1:${DEADLINE}:advance:90`,
      `1:${DEADLINE}:advance:60`,
      `1:${DEADLINE}:escalation:0`,
      `1:${DEADLINE}:escalation:1`,
    ]);
    expect(due.map((alert) => isLate(alert, at(50)))).toEqual([true, true, true, true, true, true]);
    expect(isLate(due[3], at(60))).toBe(false);
  });

  it('escalates below the threshold and repeats weekly until a decision is recorded', () => {
    expect(keys(at(60)).filter((key) => key.includes('escalation'))).toEqual([]);
    expect(keys(at(59)).filter((key) => key.includes('escalation'))).toEqual([
      `1:${DEADLINE}:escalation:0`,
    ]);
    expect(keys(at(45)).filter((key) => key.includes('escalation'))).toHaveLength(3);
    expect(keys(at(45), '2025-01-15', new Map([[1, 'renegotiate']]))).toEqual([]);
  });

  it('escalates earlier where the policy says so, as for carriers', () => {
    const carriers = { ...policy, escalationThresholdDays: 90 };

    expect(
      alertsDue(auto, none, carriers, at(89), '2025-01-15').map((alert) => alert.kind),
    ).toContain('escalation');
  });

  it('reports a silent rollover, then counts down to the next term’s notice deadline', () => {
    const due = alertsDue(auto, none, policy, '2025-10-17', '2025-01-15');

    expect(due.map((alert) => alert.key)).toEqual([`2:${DEADLINE}:silent_rollover`]);
  });

  it('keeps only the latest of the alerts that fell due before the terms were known', () => {
    expect(keys(at(50), at(100))).toEqual([
      `1:${DEADLINE}:advance:120`,
      `1:${DEADLINE}:advance:90`,
      `1:${DEADLINE}:advance:60`,
      `1:${DEADLINE}:escalation:0`,
      `1:${DEADLINE}:escalation:1`,
    ]);
  });

  it('gives a moved deadline its own alerts and keeps the keys of an unchanged one', () => {
    const shorterNotice = { ...auto, noticeDays: 60 };

    expect(keys(at(100), '2025-01-15', none, shorterNotice)[0]).toBe('1:2025-11-15:advance:180');
    expect(
      keys(at(100), '2025-01-15', none, { ...auto, title: 'renamed' } as ContractTerms),
    ).toEqual(keys(at(100)));
  });

  it('raises the deadline-day and overdue alerts of a manual renewal nobody decided', () => {
    const manual: ContractTerms = { ...auto, renewalType: 'manual' };

    expect(keys('2026-01-14', '2025-01-15', none, manual)).toContain('1:2026-01-14:deadline');
    expect(keys('2026-01-15', '2025-01-15', none, manual)).toContain('1:2026-01-14:overdue');
  });
});

const dates = fc
  .integer({ min: 0, max: 20_000 })
  .map((days) => addDays(formatDate(2000, 1, 1), days));
const termsArbitrary = fc.record({
  effectiveDate: dates,
  initialTermMonths: fc.integer({ min: 1, max: 60 }),
  endDate: fc.constant(null),
  renewalType: fc.constantFrom('auto' as const, 'manual' as const, 'none' as const),
  renewalTermMonths: fc.integer({ min: 1, max: 36 }),
  noticeDays: fc.integer({ min: 0, max: 200 }),
});

describe('alert invariants', () => {
  it('never plans an alert in the future, and never the same key twice', () => {
    fc.assert(
      fc.property(termsArbitrary, dates, (terms, today) => {
        const due = alertsDue(terms, none, policy, today, terms.effectiveDate);

        expect(due.every((alert) => alert.dueOn <= today)).toBe(true);
        expect(new Set(due.map((alert) => alert.key)).size).toBe(due.length);
      }),
    );
  });

  it('keeps an auto-renewing contract’s deadline ahead of today, rolling terms without gaps', () => {
    fc.assert(
      fc.property(termsArbitrary, dates, (terms, today) => {
        const state = renewalState({ ...terms, renewalType: 'auto' }, none, today);
        const numbers = state.silentRollovers.map((rollover) => rollover.termNumber);

        expect(state.actionDeadline >= today).toBe(true);
        expect(numbers).toEqual(numbers.map((_, index) => index + 2));
        expect(state.actionTerm.number).toBe(numbers.length + 1);
      }),
    );
  });
});

describe('nextDueOn', () => {
  it('is the next offset while the deadline is far', () => {
    expect(nextDueOn(auto, none, policy, at(150))).toBe(at(120));
  });

  it('is the next escalation round once escalating', () => {
    expect(nextDueOn(auto, none, policy, at(59))).toBe(at(52));
  });

  it('waits for the rollover after a renewal decision, and never comes after an exit', () => {
    expect(nextDueOn(auto, new Map([[1, 'renew']]), policy, at(30))).toBe(addDays(DEADLINE, 1));
    expect(nextDueOn(auto, new Map([[1, 'exit']]), policy, at(30))).toBe(NEVER);
  });

  it('brings nothing new before it, and something new on it', () => {
    fc.assert(
      fc.property(termsArbitrary, dates, (terms, today) => {
        const keysOn = (day: string) =>
          alertsDue(terms, none, policy, day, terms.effectiveDate).map((alert) => alert.key);
        const next = nextDueOn(terms, none, policy, today);
        const before = new Set(keysOn(today));
        // Day by day up to the next due date, or for 120 days when that is further off.
        const limit = addDays(today, 120);
        const horizon = next < limit ? next : limit;
        for (let day = addDays(today, 1); day < horizon; day = addDays(day, 1)) {
          expect(keysOn(day).filter((key) => !before.has(key))).toEqual([]);
        }
        const bringsSomething = next === NEVER || keysOn(next).some((key) => !before.has(key));
        expect(bringsSomething).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
