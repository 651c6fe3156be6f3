import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';

import { Alert } from '../alerts/alert.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dead';

/**
 * One alert on one channel to one target, with its outcome. `failed` will be retried at
 * `next_attempt_at`; `dead` is past the last retry and waits for someone to redeliver it.
 */
@Entity({ name: 'delivery' })
@Unique('delivery_alert_id_channel_target_key', ['alertId', 'channel', 'target'])
@Index('delivery_entity_status_idx', ['entityId', 'status', 'createdAt'])
@Index('delivery_due_idx', { synchronize: false })
@Check('delivery_channel_check', "channel IN ('email', 'webhook')")
@Check('delivery_status_check', "status IN ('pending', 'delivered', 'failed', 'dead')")
export class Delivery {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'alert_id', type: 'uuid' })
  alertId!: string;

  @ManyToOne(() => Alert)
  @JoinColumn({ name: 'alert_id', foreignKeyConstraintName: 'delivery_alert_id_fkey' })
  alert?: Alert;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('text')
  channel!: 'email' | 'webhook';

  /** An email address, or the URL of a webhook subscription. */
  @Column('text')
  target!: string;

  @Column({ name: 'subscription_id', type: 'uuid', nullable: true })
  subscriptionId!: string | null;

  @ManyToOne(() => WebhookSubscription)
  @JoinColumn({
    name: 'subscription_id',
    foreignKeyConstraintName: 'delivery_subscription_id_fkey',
  })
  subscription?: WebhookSubscription;

  @Column('text')
  status!: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
