import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the append-only audit log. Each entity's records form a hash chain:
 * `hash` covers the record and `prev_hash`, the hash of the entity's record before it.
 * Triggers refuse UPDATE, DELETE and TRUNCATE on the table.
 */
@Entity({ name: 'audit_record' })
@Index('audit_record_entity_seq_idx', ['entityId', 'seq'])
@Index('audit_record_aggregate_idx', ['aggregateId', 'seq'])
export class AuditRecord {
  /** Order of appending; bigint arrives from pg as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column('text')
  actor!: string;

  @Column({ name: 'actor_username', type: 'text' })
  actorUsername!: string;

  @Column('text')
  action!: string;

  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'text' })
  aggregateId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'trace_id', type: 'text', nullable: true })
  traceId!: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
