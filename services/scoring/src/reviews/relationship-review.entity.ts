import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/** The quarterly review of one active relationship, opened by the quarter's run. */
@Entity({ name: 'relationship_review' })
@Check('relationship_review_status_check', "status IN ('open', 'completed')")
@Unique('relationship_review_partner_quarter_key', ['partnerId', 'quarter'])
@Index('relationship_review_entity_idx', ['entityId', 'status', 'dueOn'])
export class RelationshipReview {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('text')
  quarter!: string;

  /** The quarter's last day: a review still open after it is overdue. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'completed';

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;

  @Column({ name: 'completed_by', type: 'text', nullable: true })
  completedBy!: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;
}
