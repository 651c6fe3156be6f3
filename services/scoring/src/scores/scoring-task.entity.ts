import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** What a status change asks of people: an executive review (red) or monitoring (yellow). */
@Check('scoring_task_kind_check', "kind IN ('executive_review', 'monitoring')")
@Check('scoring_task_status_check', "status IN ('open', 'done')")
@Entity({ name: 'scoring_task' })
@Index('scoring_task_entity_idx', ['entityId', 'status', 'openedAt'])
export class ScoringTask {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('text')
  kind!: 'executive_review' | 'monitoring';

  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'done';

  @Column('text')
  reason!: string;

  @Column({ name: 'score_id', type: 'uuid' })
  scoreId!: string;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'completed_by', type: 'text', nullable: true })
  completedBy!: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** What the review or monitoring concluded. */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;
}
