import fc from 'fast-check';

import { addDays, daysBetween, formatDate, termEnd, todayIn } from '@pn/calendar';

import { type ContractTerms, initialTerm, keyDatesOn, nextTerm, termOn } from './key-dates';

const auto = (overrides: Partial<ContractTerms> = {}): ContractTerms => ({
  effectiveDate: '2025-01-15',
  initialTermMonths: 12,
  renewalType: 'auto',
  renewalTermMonths: 12,
  noticeDays: 90,
  ...overrides,
});

describe('keyDatesOn', () => {
  it('puts the notice deadline of an auto-renewing contract at term end minus notice days', () => {
    const dates = keyDatesOn(auto(), '2025-06-01');

    expect(dates.term).toEqual({ number: 1, start: '2025-01-15', end: '2026-01-14' });
    expect(dates.noticeDeadline).toBe('2025-10-16');
    expect(dates.actionDeadline).toBe('2025-10-16');
    expect(dates.daysToActionDeadline).toBe(137);
    expect(dates.daysToTermEnd).toBe(227);
  });

  it('rolls an auto-renewing contract into its next term once the term has ended', () => {
    const dates = keyDatesOn(auto({ renewalTermMonths: 6 }), '2026-01-15');

    expect(dates.term).toEqual({ number: 2, start: '2026-01-15', end: '2026-07-14' });
    expect(dates.noticeDeadline).toBe('2026-04-15');
  });

  it('makes the expiry the action deadline of a manual renewal', () => {
    const dates = keyDatesOn(
      auto({ renewalType: 'manual', renewalTermMonths: null }),
      '2027-01-01',
    );

    expect(dates.term.number).toBe(1);
    expect(dates.noticeDeadline).toBeNull();
    expect(dates.actionDeadline).toBe('2026-01-14');
    expect(dates.daysToActionDeadline).toBeLessThan(0);
  });

  it('ends the initial term on an explicit end date, then renews in renewal terms', () => {
    const terms = auto({ initialTermMonths: null, endDate: '2025-06-30', renewalTermMonths: 12 });

    expect(keyDatesOn(terms, '2025-03-01').term).toEqual({
      number: 1,
      start: '2025-01-15',
      end: '2025-06-30',
    });
    expect(keyDatesOn(terms, '2025-03-01').noticeDeadline).toBe('2025-04-01');
    expect(keyDatesOn(terms, '2025-07-01').term).toEqual({
      number: 2,
      start: '2025-07-01',
      end: '2026-06-30',
    });
  });
});

const calendarDates = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2060-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));

const contractTerms = fc.record({
  effectiveDate: calendarDates,
  initialTermMonths: fc.integer({ min: 1, max: 60 }),
  renewalType: fc.constantFrom('auto' as const, 'manual' as const, 'none' as const),
  renewalTermMonths: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  noticeDays: fc.integer({ min: 0, max: 365 }),
});

describe('key date invariants', () => {
  it('never puts the action deadline after the term end', () => {
    fc.assert(
      fc.property(contractTerms, calendarDates, (terms, today) => {
        const dates = keyDatesOn(terms, today);

        expect(dates.actionDeadline <= dates.term.end).toBe(true);
      }),
    );
  });

  it('never skips a term when rolling forward: each starts the day after the last ends', () => {
    fc.assert(
      fc.property(contractTerms, fc.integer({ min: 1, max: 20 }), (terms, rolls) => {
        let term = initialTerm(terms);
        for (let roll = 0; roll < rolls; roll += 1) {
          const next = nextTerm(terms, term);

          expect(next.start).toBe(addDays(term.end, 1));
          expect(next.number).toBe(term.number + 1);
          expect(next.end >= next.start).toBe(true);
          term = next;
        }
      }),
    );
  });

  it('finds the auto-renewing term that contains today', () => {
    fc.assert(
      fc.property(contractTerms, calendarDates, (terms, today) => {
        fc.pre(terms.renewalType === 'auto' && today >= terms.effectiveDate);
        const term = termOn(terms, today);

        expect(term.start <= today && today <= term.end).toBe(true);
      }),
    );
  });

  it('ends a term of N months within the N-th month after its start', () => {
    fc.assert(
      fc.property(calendarDates, fc.integer({ min: 1, max: 120 }), (start, months) => {
        const end = termEnd(start, months);
        const length = daysBetween(start, end) + 1;

        expect(length).toBeGreaterThanOrEqual(months * 28 - 3);
        expect(length).toBeLessThanOrEqual(months * 31 + 1);
      }),
    );
  });
});

describe('todayIn', () => {
  it('reads the date in the entity time zone, not the server zone', () => {
    const instant = new Date('2026-03-01T02:30:00Z');

    expect(todayIn('America/New_York', instant)).toBe('2026-02-28');
    expect(todayIn('Europe/London', instant)).toBe('2026-03-01');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2026-03-01');
  });
});
