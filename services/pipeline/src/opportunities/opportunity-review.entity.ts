import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A review stage approved or rejected, with its comment; never edited. */
@Entity({ name: 'opportunity_review' })
@Check('opportunity_review_outcome_check', "outcome IN ('approved', 'rejected')")
@Index('opportunity_review_idx', ['opportunityId', 'reviewedAt'])
export class OpportunityReview {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  @Column('text')
  stage!: string;

  @Column('text')
  outcome!: 'approved' | 'rejected';

  @Column({ name: 'reviewed_by', type: 'text' })
  reviewedBy!: string;

  @Column('text')
  comment!: string;

  @Column({ name: 'sent_back_to', type: 'text', nullable: true })
  sentBackTo!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', default: () => 'now()' })
  reviewedAt!: Date;
}
