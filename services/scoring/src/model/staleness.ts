/*
 * A score is recomputed at least once a quarter; one older than that misleads. Dates are
 * ISO calendar dates, 'YYYY-MM-DD', with no time or zone. The arithmetic is done here on
 * year, month and day, without `Date`, so no server zone and no two-digit-year quirk of
 * `Date.UTC` can shift a day.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/**
 * Stale when computed before the same day three calendar months earlier than `asOf`; where
 * that day does not exist the month's last day is used, so 2026-05-31 looks back to
 * 2026-02-28. A score computed exactly three months ago is still current.
 */
export function isScoreStale(computedOn: string, asOf: string): boolean {
  parseDate(computedOn);

  return computedOn < monthsEarlier(asOf, 3);
}

/** The calendar quarter of a date, e.g. '2026-Q2' for 2026-05-31. */
export function quarterOf(date: string): string {
  const { year, month } = parseDate(date);

  return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
}

/** The first and last day of a quarter such as '2026-Q2': 2026-04-01 and 2026-06-30. */
export function quarterBounds(quarter: string): { start: string; end: string } {
  const match = QUARTER.exec(quarter);
  if (!match) {
    throw new RangeError(`not a quarter such as 2026-Q2: ${quarter}`);
  }
  const year = Number(match[1]);
  const lastMonth = Number(match[2]) * 3;

  return {
    start: format({ year, month: lastMonth - 2, day: 1 }),
    end: format({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
}

function monthsEarlier(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const monthIndex = year * 12 + (month - 1) - months;
  const earlierYear = Math.floor(monthIndex / 12);
  const earlierMonth = (monthIndex % 12) + 1;

  return format({
    year: earlierYear,
    month: earlierMonth,
    day: Math.min(day, daysInMonth(earlierYear, earlierMonth)),
  });
}

function parseDate(date: string): YearMonthDay {
  const match = DATE.exec(date);
  const notADate = new RangeError(`not a calendar date such as 2026-05-31: ${date}`);
  if (!match) {
    throw notADate;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw notADate;
  }

  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

    return leap ? 29 : 28;
  }

  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function format({ year, month, day }: YearMonthDay): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
