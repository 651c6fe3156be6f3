import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One move of an opportunity between stages: who, when and why; never edited. */
@Entity({ name: 'opportunity_transition' })
@Index('opportunity_transition_idx', ['opportunityId', 'movedAt'])
@Index('opportunity_transition_entity_idx', ['entityId', 'movedAt'])
export class OpportunityTransition {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage!: string | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: string;

  @Column({ name: 'moved_by', type: 'text' })
  movedBy!: string;

  @Column('text')
  reason!: string;

  @Column({ name: 'moved_at', type: 'timestamptz', default: () => 'now()' })
  movedAt!: Date;
}
