import { randomBytes, randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, In } from 'typeorm';

import { type Caller, requireEntity, requireRole, visibleEntities } from '@pn/auth';
import { DomainError } from '@pn/errors';

import { Delivery, type DeliveryStatus } from './delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

/** Webhook subscriptions and the record of every delivery, for the people who run them. */
@Injectable()
export class DeliveriesService {
  private readonly logger = new Logger(DeliveriesService.name);

  constructor(private readonly dataSource: DataSource) {}

  async subscribe(caller: Caller, command: { entityId: string; url: string; secret?: string }) {
    requireRole(caller, ['admin']);
    requireEntity(caller, command.entityId);
    const subscription = this.dataSource.getRepository(WebhookSubscription).create({
      id: randomUUID(),
      entityId: command.entityId,
      url: command.url,
      secret: command.secret ?? randomBytes(32).toString('hex'),
      active: true,
      createdBy: caller.username,
    });
    await this.dataSource.getRepository(WebhookSubscription).insert(subscription);
    this.logger.log(
      `webhook ${subscription.id} for ${command.entityId} subscribed to ${command.url}`,
    );

    // The secret is shown this once; later reads leave it out.
    return { ...subscriptionView(subscription), secret: subscription.secret };
  }

  async subscriptions(caller: Caller) {
    requireRole(caller, ['admin']);
    const rows = await this.dataSource
      .getRepository(WebhookSubscription)
      .find({ where: { entityId: In(visibleEntities(caller)) }, order: { createdAt: 'ASC' } });

    return rows.map(subscriptionView);
  }

  async unsubscribe(caller: Caller, id: string) {
    requireRole(caller, ['admin']);
    const result = await this.dataSource
      .getRepository(WebhookSubscription)
      .update({ id, entityId: In(visibleEntities(caller)) }, { active: false });
    if (!result.affected) {
      throw DomainError.notFound('webhook.not_found', `webhook ${id} not found`, { id });
    }

    return { id, active: false };
  }

  async list(
    caller: Caller,
    query: {
      status?: DeliveryStatus;
      alertId?: string;
      channel?: 'email' | 'webhook';
      limit: number;
    },
  ) {
    requireRole(caller, ['admin']);
    const rows = await this.dataSource.getRepository(Delivery).find({
      where: {
        entityId: In(visibleEntities(caller)),
        ...(query.status ? { status: query.status } : {}),
        ...(query.alertId ? { alertId: query.alertId } : {}),
        ...(query.channel ? { channel: query.channel } : {}),
      },
      order: { createdAt: 'DESC' },
      take: query.limit,
    });

    return rows.map(deliveryView);
  }

  /** Puts a delivery back in the queue with a fresh set of attempts. */
  async redeliver(caller: Caller, id: string) {
    requireRole(caller, ['admin']);
    const result = await this.dataSource
      .getRepository(Delivery)
      .update(
        { id, entityId: In(visibleEntities(caller)) },
        { status: 'pending', attempts: 0, nextAttemptAt: new Date(), lastError: null },
      );
    if (!result.affected) {
      throw DomainError.notFound('delivery.not_found', `delivery ${id} not found`, { id });
    }
    this.logger.log(`delivery ${id} queued again by ${caller.username}`);

    return deliveryView(await this.dataSource.getRepository(Delivery).findOneByOrFail({ id }));
  }
}

function subscriptionView(subscription: WebhookSubscription) {
  return {
    id: subscription.id,
    entityId: subscription.entityId,
    url: subscription.url,
    active: subscription.active,
    createdBy: subscription.createdBy,
    createdAt: subscription.createdAt?.toISOString() ?? new Date().toISOString(),
  };
}

function deliveryView(delivery: Delivery) {
  return {
    id: delivery.id,
    alertId: delivery.alertId,
    entityId: delivery.entityId,
    channel: delivery.channel,
    target: delivery.target,
    status: delivery.status,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.nextAttemptAt.toISOString(),
    lastError: delivery.lastError,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  };
}
