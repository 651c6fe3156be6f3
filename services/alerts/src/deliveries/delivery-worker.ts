import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { DataSource, type EntityManager } from 'typeorm';

import { runWithLogContext } from '@pn/observability';

import { Alert } from '../alerts/alert.entity';
import { ALERTS_CONFIG } from '../alerts/sweep-scheduler';
import type { AlertsConfig } from '../config';
import { Delivery } from './delivery.entity';
import { Senders } from './senders';
import { WebhookSubscription } from './webhook-subscription.entity';

/**
 * Sends due deliveries, a few at once per replica (ALERTS_DELIVERY_CONCURRENCY lanes). Each
 * is claimed with SKIP LOCKED inside its own transaction and stays locked while it is sent,
 * so no two lanes or replicas send the same one, and a slow or failing target holds up only
 * its own lane. A failure is retried
 * with exponential backoff; after the last attempt the delivery is dead until redelivered.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private timer?: NodeJS.Timeout;
  private draining = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly senders: Senders,
    @Inject(ALERTS_CONFIG) private readonly config: AlertsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.drain(), this.config.ALERTS_DELIVERY_POLL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async drain(): Promise<void> {
    if (this.draining) {
      return;
    }
    this.draining = true;
    try {
      await Promise.all(
        Array.from({ length: this.config.ALERTS_DELIVERY_CONCURRENCY }, () => this.lane()),
      );
    } finally {
      this.draining = false;
    }
  }

  private async lane(): Promise<void> {
    try {
      while (await this.sendNext()) {
        // keep going while deliveries are due
      }
    } catch (error) {
      this.logger.error(
        `delivery worker stopped on a database error, resuming next poll: ${String(error)}`,
      );
    }
  }

  private sendNext(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [claimed] = await manager.query<{ id: string }[]>(
        `SELECT id FROM delivery WHERE status IN ('pending', 'failed') AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!claimed) {
        return false;
      }
      const delivery = await manager.findOneByOrFail(Delivery, { id: claimed.id });
      await runWithLogContext({ entityId: delivery.entityId }, () =>
        this.attempt(manager, delivery),
      );

      return true;
    });
  }

  private async attempt(manager: EntityManager, delivery: Delivery): Promise<void> {
    const alert = await manager.findOneByOrFail(Alert, { id: delivery.alertId });
    const attempts = delivery.attempts + 1;
    try {
      if (delivery.channel === 'email') {
        await this.senders.email(delivery.target, alert);
      } else {
        const subscription = await manager.findOneByOrFail(WebhookSubscription, {
          id: delivery.subscriptionId ?? '',
        });
        await this.senders.webhook(subscription.url, subscription.secret, delivery.id, alert);
      }
      await manager.update(
        Delivery,
        { id: delivery.id },
        { status: 'delivered', attempts, deliveredAt: new Date(), lastError: null },
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const dead = attempts >= this.config.ALERTS_DELIVERY_MAX_ATTEMPTS;
      const wait = this.config.ALERTS_DELIVERY_BACKOFF_MS * 2 ** (attempts - 1);
      await manager.update(
        Delivery,
        { id: delivery.id },
        {
          status: dead ? 'dead' : 'failed',
          attempts,
          lastError: reason,
          nextAttemptAt: new Date(Date.now() + wait),
        },
      );
      const what = `${delivery.channel} delivery ${delivery.id} of alert ${alert.id} to ${delivery.target}`;
      if (dead) {
        this.logger.error(
          `${what} failed ${attempts} times and is dead: ${reason}. Fix the target, then POST /api/v1/deliveries/${delivery.id}/redeliver`,
        );
      } else {
        this.logger.warn(`${what} failed (attempt ${attempts}): ${reason}; retrying in ${wait} ms`);
      }
    }
  }
}
