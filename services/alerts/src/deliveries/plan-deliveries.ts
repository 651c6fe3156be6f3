import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { WebhookSubscription } from './webhook-subscription.entity';

/** Where alerts can go beyond the in-app inbox. */
export interface DeliveryTargets {
  /** The address of a user, or null when email is not configured. */
  emailAddressOf: ((username: string) => string) | null;
}

export const INBOX_ONLY: DeliveryTargets = { emailAddressOf: null };

/**
 * Queues the deliveries of newly raised alerts in the same transaction, so an alert never
 * exists without them: an email to each person it names and a call to each of the entity's
 * webhooks. Roles are reached through the inbox. Each row succeeds or fails on its own.
 */
export async function planDeliveries(
  manager: EntityManager,
  entityId: string,
  alerts: readonly { id: string; recipients: readonly string[] }[],
  targets: DeliveryTargets,
): Promise<void> {
  if (alerts.length === 0) {
    return;
  }
  const webhooks = await manager.findBy(WebhookSubscription, { entityId, active: true });
  const rows = alerts.flatMap((alert) => [
    ...(targets.emailAddressOf
      ? alert.recipients
          .filter((recipient) => recipient.startsWith('user:'))
          .map((recipient) => ({
            alertId: alert.id,
            channel: 'email',
            target: targets.emailAddressOf!(recipient.slice('user:'.length)),
            subscriptionId: null as string | null,
          }))
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
