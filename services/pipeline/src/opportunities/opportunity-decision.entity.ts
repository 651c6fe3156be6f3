import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The go or no-go, with the score, model and thresholds in force when it was taken. */
@Entity({ name: 'opportunity_decision' })
@Check('opportunity_decision_check', "decision IN ('go', 'no_go')")
@Index('opportunity_decision_entity_idx', ['entityId', 'decidedAt'])
export class OpportunityDecision {
  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('text')
  decision!: 'go' | 'no_go';

  @Column('text')
  rationale!: string;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;

  @Column({ type: 'text', nullable: true })
  recommendation!: string | null;

  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true })
  score!: string | null;

  @Column({ name: 'model_version', type: 'int', nullable: true })
  modelVersion!: number | null;

  @Column({ name: 'go_threshold', type: 'numeric', precision: 5, scale: 2, nullable: true })
  goThreshold!: string | null;

  @Column({ name: 'no_go_threshold', type: 'numeric', precision: 5, scale: 2, nullable: true })
  noGoThreshold!: string | null;

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;
}
