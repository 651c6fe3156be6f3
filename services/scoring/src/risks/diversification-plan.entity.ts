import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A plan to end a single point of failure: another provider for a capability, by a date. */
@Entity({ name: 'diversification_plan' })
@Index('diversification_plan_entity_idx', ['entityId', 'capability'])
export class DiversificationPlan {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('text')
  capability!: string;

  @Column('text')
  plan!: string;

  @Column({ name: 'owner_username', type: 'text' })
  ownerUsername!: string;

  @Column({ name: 'target_date', type: 'date' })
  targetDate!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
