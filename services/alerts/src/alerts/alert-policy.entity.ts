import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An entity's alert policy, for one partner category or for all (`*`). */
@Entity({ name: 'alert_policy' })
@Check('alert_policy_escalation_threshold_days_check', 'escalation_threshold_days > 0')
@Check('alert_policy_escalation_repeat_days_check', 'escalation_repeat_days > 0')
export class AlertPolicyRow {
  @PrimaryColumn({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @PrimaryColumn('text')
  category!: string;

  @Column({ type: 'int', array: true })
  offsets!: number[];

  @Column({ name: 'escalation_threshold_days', type: 'int' })
  escalationThresholdDays!: number;

  @Column({ name: 'escalation_repeat_days', type: 'int' })
  escalationRepeatDays!: number;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
