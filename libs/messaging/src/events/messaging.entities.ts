import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * An event waiting to be published, written in the same transaction as the state change
 * it describes. Rows are kept after publication: the outbox doubles as the service's
 * record of every event it ever emitted.
 */
@Entity({ name: 'outbox' })
@Unique('outbox_seq_key', ['seq'])
@Index('outbox_unpublished_idx', ['seq'], { where: 'published_at IS NULL' })
export class OutboxEvent {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', generated: 'increment', insert: false, update: false })
  seq!: string;

  @Column('text')
  type!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('jsonb')
  envelope!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}

/** One row per event a consumer has handled: the reason a redelivery changes nothing. */
@Entity({ name: 'inbox' })
export class InboxEntry {
  @PrimaryColumn('text')
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column('text')
  type!: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
