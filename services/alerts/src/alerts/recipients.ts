import type { EntityManager } from 'typeorm';

import { type DeliveryTargets, planDeliveries } from '../deliveries/plan-deliveries';
import type { AlertKind } from './alert-plan';

/** How recent an alert must be for people it newly names to be emailed about it too. */
const EMAIL_NEWLY_NAMED_WITHIN = '1 day';

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
 * before a new owner took over, then reach the right inbox. The people they newly name are
 * emailed about the alerts of the last day only: that covers the race between the streams
 * without flooding a new owner with the relationship's history, which the inbox shows.
 */
export async function readdress(
  manager: EntityManager,
  contact: { partnerId: string; ownerUsername: string | null; sponsorUsername: string | null },
  targets: DeliveryTargets,
): Promise<void> {
  const alerts = await manager.query<
    { id: string; entity_id: string; kind: AlertKind; payment_linked: boolean; recent: boolean }[]
  >(
    `SELECT alert.id, alert.entity_id, alert.kind,
            coalesce(schedule.payment_linked, false) AS payment_linked,
            alert.raised_at > now() - $2::interval AS recent
     FROM alert LEFT JOIN renewal_schedule schedule ON schedule.contract_id = alert.contract_id
     WHERE alert.partner_id = $1`,
    [contact.partnerId, EMAIL_NEWLY_NAMED_WITHIN],
  );
  if (alerts.length === 0) {
    return;
  }
  const readdressed = alerts.map((alert) => ({
    ...alert,
    recipients: recipientsOf(alert.kind, contact, alert.payment_linked),
  }));
  await manager.query(
    `UPDATE alert SET recipients = string_to_array(t.recipients, ',')
     FROM unnest($1::uuid[], $2::text[]) AS t (id, recipients)
     WHERE alert.id = t.id`,
    [readdressed.map((alert) => alert.id), readdressed.map((alert) => alert.recipients.join(','))],
  );
  const recent = readdressed.filter((alert) => alert.recent);
  for (const entityId of new Set(recent.map((alert) => alert.entity_id))) {
    await planDeliveries(
      manager,
      entityId,
      recent.filter((alert) => alert.entity_id === entityId),
      targets,
      'email',
    );
  }
}
