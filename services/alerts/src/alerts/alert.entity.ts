import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

import type { AlertKind } from './alert-plan';

/** A renewal alert, raised once per (contract, key); see alert-plan.ts for the keys. */
@Entity({ name: 'alert' })
@Unique('alert_contract_id_key_key', ['contractId', 'key'])
@Index('alert_entity_raised_idx', ['entityId', 'raisedAt'])
// A GIN index the migration creates; TypeORM cannot describe it, so it leaves it alone.
@Index('alert_recipients_idx', { synchronize: false })
@Check(
  'alert_kind_check',
  "kind IN ('advance', 'deadline', 'overdue', 'escalation', 'silent_rollover')",
)
export class Alert {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('text')
  key!: string;

  @Column('text')
  kind!: AlertKind;

  @Column({ name: 'term_number', type: 'int' })
  termNumber!: number;

  @Column({ name: 'action_deadline', type: 'date' })
  actionDeadline!: string;

  @Column({ name: 'offset_days', type: 'int', nullable: true })
  offsetDays!: number | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn!: string;

  @Column('boolean')
  late!: boolean;

  /** `user:<username>` and `role:<role>` (of the alert's entity). */
  @Column({ type: 'text', array: true })
  recipients!: string[];

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'partner_name', type: 'text' })
  partnerName!: string;

  @Column('text')
  title!: string;

  @CreateDateColumn({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;
}
