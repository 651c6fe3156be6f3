import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Another system that wants an entity's alerts, signed with a shared secret. */
@Entity({ name: 'webhook_subscription' })
export class WebhookSubscription {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('text')
  url!: string;

  /** HMAC-SHA256 key for the X-PN-Signature header; shown once, when created. */
  @Column('text')
  secret!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
