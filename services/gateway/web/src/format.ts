// How dates and the countdown to a renewal's action deadline read on screen.

/** How close an action deadline is; drives the colour of the countdown. */
export type Urgency = 'overdue' | 'urgent' | 'soon' | 'later';

export function urgencyOf(daysLeft: number): Urgency {
  if (daysLeft < 0) {
    return 'overdue';
  }
  if (daysLeft <= 60) {
    return 'urgent';
  }
  if (daysLeft <= 90) {
    return 'soon';
  }

  return 'later';
}

export function daysLeftLabel(daysLeft: number): string {
  if (daysLeft < 0) {
    return `${plural(-daysLeft, 'day')} overdue`;
  }
  if (daysLeft === 0) {
    return 'Today';
  }

  return plural(daysLeft, 'day');
}

const RENEWAL_TYPES: Record<string, string> = {
  auto: 'Automatic',
  manual: 'Manual',
  none: 'No renewal',
};

export function renewalTypeLabel(renewalType: string): string {
  return RENEWAL_TYPES[renewalType] ?? renewalType;
}

// The API's dates are calendar dates (YYYY-MM-DD) in the entity's own time zone. Read and
// printed as UTC midnight, they show the same day wherever the reader is.
const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function dateLabel(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);

  return Number.isNaN(date.getTime()) ? isoDate : DATE_FORMAT.format(date);
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
