import type { EntityManager } from 'typeorm';

import type { AlertKind } from './alert-plan';

/**
 * Who an alert goes to: the relationship owner always (strategy when nobody owns the
 * relationship, so no alert goes unseen); legal for the notice and expiry deadlines it
 * watches; finance when money rides on the renewal (fees, payments, incentives); the
 * executive sponsor and the entity's executives once it escalates, and for a silent
 * rollover, the failure the brief warns about.
 */
export function recipientsOf(
  kind: AlertKind,
  contacts: { ownerUsername: string | null; sponsorUsername: string | null },
  paymentLinked = false,
): string[] {
  const recipients = new Set<string>([
    contacts.ownerUsername ? `user:${contacts.ownerUsername}` : 'role:strategy',
    'role:legal',
  ]);
  if (paymentLinked) {
    recipients.add('role:finance');
  }
  if (kind === 'escalation' || kind === 'silent_rollover' || kind === 'overdue') {
    recipients.add('role:executive');
    if (contacts.sponsorUsername) {
      recipients.add(`user:${contacts.sponsorUsername}`);
    }
  }

  return [...recipients];
}

/**
 * Points the partner's alerts at its current owner and sponsor. Alerts raised before the
 * partner's owner was known here (events of two streams arrive in no fixed order), or
 * before a new owner took over, then reach the right inbox.
 */
export async function readdress(
  manager: EntityManager,
  contact: { partnerId: string; ownerUsername: string | null; sponsorUsername: string | null },
): Promise<void> {
  const alerts = await manager.query<{ id: string; kind: AlertKind; payment_linked: boolean }[]>(
    `SELECT alert.id, alert.kind, coalesce(schedule.payment_linked, false) AS payment_linked
     FROM alert LEFT JOIN renewal_schedule schedule ON schedule.contract_id = alert.contract_id
     WHERE alert.partner_id = $1`,
    [contact.partnerId],
  );
  if (alerts.length === 0) {
    return;
  }
  await manager.query(
    `UPDATE alert SET recipients = string_to_array(t.recipients, ',')
     FROM unnest($1::uuid[], $2::text[]) AS t (id, recipients)
     WHERE alert.id = t.id`,
    [
      alerts.map((alert) => alert.id),
      alerts.map((alert) => recipientsOf(alert.kind, contact, alert.payment_linked).join(',')),
    ],
  );
}
