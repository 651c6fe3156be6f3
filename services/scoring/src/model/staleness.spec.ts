import fc from 'fast-check';

import { isScoreStale, quarterBounds, quarterOf } from './staleness';

const DAY_MS = 86_400_000;
// Test-only date arithmetic, independent of the code under test.
const daysAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const dates = fc.integer({ min: 0, max: 40_000 }).map((days) => daysAfter('1990-01-01', days));

describe('isScoreStale', () => {
  it.each([
    ['2026-05-31', '2026-05-31', false],
    ['2026-06-01', '2026-05-31', false],
    ['2026-02-28', '2026-05-31', false],
    ['2026-02-27', '2026-05-31', true],
    ['2026-02-28', '2026-05-30', false],
    ['2026-02-27', '2026-05-30', true],
    ['2024-02-29', '2024-05-31', false],
    ['2024-02-28', '2024-05-31', true],
    ['2100-02-28', '2100-05-31', false],
    ['2100-02-27', '2100-05-31', true],
    ['2025-10-15', '2026-01-15', false],
    ['2025-10-14', '2026-01-15', true],
    ['2025-12-31', '2026-03-31', false],
    ['2025-12-30', '2026-03-31', true],
  ])('a score computed on %s is stale on %s: %p', (computedOn, asOf, stale) => {
    expect(isScoreStale(computedOn, asOf)).toBe(stale);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => isScoreStale('2026-02-30', '2026-05-31')).toThrow(RangeError);
    expect(() => isScoreStale('2026-02-01', '31/05/2026')).toThrow(RangeError);
  });

  it('stays current for 89 days and is stale from 93 days, three months being 89 to 92', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 400 }), (asOf, age) => {
        const stale = isScoreStale(daysAfter(asOf, -age), asOf);
        const expected = age <= 89 ? false : age >= 93 ? true : stale;

        expect(stale).toBe(expected);
      }),
    );
  });

  it('stays stale as time goes on', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 400 }), dates, (computedOn, wait, asOf) => {
        const later = daysAfter(asOf, wait);

        expect(!isScoreStale(computedOn, asOf) || isScoreStale(computedOn, later)).toBe(true);
      }),
    );
  });
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-05-31', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-Q4'],
    ['2026-12-31', '2026-Q4'],
  ])('puts %s in %s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });
});

describe('quarterBounds', () => {
  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('runs %s from %s to %s', (quarter, start, end) => {
    expect(quarterBounds(quarter)).toEqual({ start, end });
  });

  it.each(['2026-Q5', '2026-Q0', '2026Q1', '26-Q1'])('refuses %p', (quarter) => {
    expect(() => quarterBounds(quarter)).toThrow(RangeError);
  });

  it('holds every date, and quarters follow one another without gap or overlap', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const { start, end } = quarterBounds(quarterOf(date));

        expect(start <= date && date <= end).toBe(true);
        expect(quarterOf(daysAfter(start, -1))).not.toBe(quarterOf(date));
        expect(quarterOf(daysAfter(end, 1))).not.toBe(quarterOf(date));
      }),
    );
  });
});
