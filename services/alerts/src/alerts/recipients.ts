import type { AlertKind } from './alert-plan';

/**
 * Who an alert goes to: the relationship owner always (strategy when nobody owns the
 * relationship, so no alert goes unseen); legal for the notice and expiry deadlines it
 * watches; the executive sponsor and the entity's executives once it escalates, and for a
 * silent rollover, the failure the brief warns about.
 */
export function recipientsOf(
  kind: AlertKind,
  contacts: { ownerUsername: string | null; sponsorUsername: string | null },
): string[] {
  const recipients = new Set<string>([
    contacts.ownerUsername ? `user:${contacts.ownerUsername}` : 'role:strategy',
    'role:legal',
  ]);
  if (kind === 'escalation' || kind === 'silent_rollover' || kind === 'overdue') {
    recipients.add('role:executive');
    if (contacts.sponsorUsername) {
      recipients.add(`user:${contacts.sponsorUsername}`);
    }
  }

  return [...recipients];
}
