import { todayIn } from '@pn/calendar';

/**
 * The latest month figures can be reported for: the current one where it began first, so
 * no entity's current month is ever refused and no month that has not begun is accepted.
 */
export function latestReportableMonth(now: Date = new Date()): string {
  return todayIn('Pacific/Kiritimati', now).slice(0, 7);
}
