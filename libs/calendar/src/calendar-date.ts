/**
 * Calendar dates ('YYYY-MM-DD') with no time and no time zone. Arithmetic runs on UTC
 * midnights, so results never depend on the server's zone or on daylight saving.
 */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(date: CalendarDate): { year: number; month: number; day: number } {
  const match = FORMAT.exec(date);
  if (!match) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a calendar date: ${date}`);
  }

  return { year, month, day };
}

export function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = parseDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);

  return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = parseDate(from);
  const b = parseDate(to);

  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS,
  );
}

// Building an Intl formatter costs far more than using one, and the calendar asks for
// "today" once per contract it shows: one formatter per zone, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date in an IANA time zone: "today" for an entity, never the server's. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD. An unknown zone throws here, before it is cached.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }

  return formatter.format(now);
}
