import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { WebhookSubscription } from './webhook-subscription.entity';

/** Where alerts can go beyond the in-app inbox. */
export interface DeliveryTargets {
  /**
   * The address of a recipient (`user:…` or `role:…`) in an entity, null for a role without
   * a mailbox; the whole function is null when email is not configured.
   */
  emailAddressOf: ((recipient: string, entityId: string) => string | null) | null;
}

export const INBOX_ONLY: DeliveryTargets = { emailAddressOf: null };

/**
 * Queues the deliveries of newly raised alerts in the same transaction, so an alert never
 * exists without them: an email to each person it names and to each named role's mailbox,
 * and a call to each of the entity's webhooks. Roles without a mailbox are reached through
 * the inbox. Each row succeeds or fails on its own; a target already planned for an alert is
 * not planned again, so emails alone may be planned anew when an alert is readdressed.
 */
export async function planDeliveries(
  manager: EntityManager,
  entityId: string,
  alerts: readonly { id: string; recipients: readonly string[] }[],
  targets: DeliveryTargets,
  channels: 'all' | 'email' = 'all',
): Promise<void> {
  if (alerts.length === 0) {
    return;
  }
  const webhooks =
    channels === 'all' ? await manager.findBy(WebhookSubscription, { entityId, active: true }) : [];
  const addressOf = targets.emailAddressOf;
  const rows = alerts.flatMap((alert) => [
    ...(addressOf
      ? alert.recipients.flatMap((recipient) => {
          const target = addressOf(recipient, entityId);

          return target
            ? [
                {
                  alertId: alert.id,
                  channel: 'email',
                  target,
                  subscriptionId: null as string | null,
                },
              ]
            : [];
        })
      : []),
    ...webhooks.map((webhook) => ({
      alertId: alert.id,
      channel: 'webhook',
      target: webhook.url,
      subscriptionId: webhook.id,
    })),
  ]);
  if (rows.length === 0) {
    return;
  }
  await manager.query(
    `INSERT INTO delivery (id, alert_id, entity_id, channel, target, subscription_id, status)
     SELECT id, alert_id, $2, channel, target, subscription_id, 'pending'
     FROM unnest($1::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[])
       AS t (id, alert_id, channel, target, subscription_id)
     ON CONFLICT (alert_id, channel, target) DO NOTHING`,
    [
      rows.map(() => randomUUID()),
      entityId,
      rows.map((row) => row.alertId),
      rows.map((row) => row.channel),
      rows.map((row) => row.target),
      rows.map((row) => row.subscriptionId),
    ],
  );
}
