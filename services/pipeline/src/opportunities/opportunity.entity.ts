import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

import type { Stage } from '../model/stages';

/** A qualification criterion as rated by the team. */
export interface CriterionRating {
  rating: number;
  note: string;
  ratedBy: string;
}

/** The opportunity's score with everything that explains it. */
export interface StoredScore {
  score: number;
  recommendation: 'go' | 'no_go' | 'executive_judgement';
  modelVersion: number;
  goThreshold: number;
  noGoThreshold: number;
  inputs: { strategicValue: number; financialUpside: number; operationalComplexity: number };
  components: Record<string, { rating: number; points: number; weight: number }>;
  scoredBy: string;
  scoredAt: string;
}

/** A possible partnership, from first sight to a go or no-go. */
@Entity({ name: 'opportunity' })
@Check(
  'opportunity_source_check',
  "source IN ('executive_referral', 'market_scanning', 'partner_inbound')",
)
@Check(
  'opportunity_category_check',
  "proposed_category IN ('carrier', 'vendor', 'strategic_partner', 'opportunistic')",
)
@Check('opportunity_value_check', 'estimated_value_minor >= 0')
@Index('opportunity_entity_stage_idx', ['entityId', 'stage'])
export class Opportunity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('text')
  counterparty!: string;

  @Column({ name: 'proposed_category', type: 'text' })
  proposedCategory!: string;

  @Column('text')
  source!: string;

  @Column({ name: 'sponsor_username', type: 'text', nullable: true })
  sponsorUsername!: string | null;

  @Column('text')
  description!: string;

  @Column({ name: 'estimated_value_minor', type: 'bigint' })
  estimatedValueMinor!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** The revenue it could bring or what it could protect, in words. */
  @Column('text')
  potential!: string;

  @Column({ name: 'document_links', type: 'text', array: true, default: () => "'{}'" })
  documentLinks!: string[];

  @Column({ type: 'text', default: 'identified' })
  stage!: Stage;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  qualification!: Record<string, CriterionRating>;

  @Column({ type: 'jsonb', nullable: true })
  score!: StoredScore | null;

  /** The partner a go decision created in the contracts service. */
  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'stage_entered_at', type: 'timestamptz', default: () => 'now()' })
  stageEnteredAt!: Date;
}
