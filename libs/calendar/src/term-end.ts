import { addDays, type CalendarDate, daysInMonth, formatDate, parseDate } from './calendar-date';

/**
 * The last day of a term of `months` starting on `start`: the day before the anniversary,
 * or the month's last day where the anniversary day does not exist in that month
 * (a month from 2024-01-31 ends 2024-02-29).
 */
export function termEnd(start: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parseDate(start);
  const monthIndex = month - 1 + months;
  const anniversaryYear = year + Math.floor(monthIndex / 12);
  const anniversaryMonth = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(anniversaryYear, anniversaryMonth);
  if (day > lastDay) {
    return formatDate(anniversaryYear, anniversaryMonth, lastDay);
  }

  return addDays(formatDate(anniversaryYear, anniversaryMonth, day), -1);
}
