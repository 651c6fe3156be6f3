import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { PartnerCategory } from '@pn/events';

/** A partner as scoring knows it, from the contracts service's partner events. */
@Check('scored_partner_score_status_check', "score_status IN ('green', 'yellow', 'red')")
@Entity({ name: 'scored_partner' })
@Index('scored_partner_entity_idx', ['entityId'])
@Index('scored_partner_name_idx', ['entityId', 'category', 'legalName'])
@Index('scored_partner_weak_strategy_idx', ['entityId', 'category', 'legalName'], {
  where: 'strategic_score < 50',
})
@Index('scored_partner_weak_reliability_idx', ['entityId', 'category', 'legalName'], {
  where: 'reliability_score < 50',
})
export class ScoredPartner {
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  @Column('text')
  category!: PartnerCategory;

  @Column('text')
  status!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  capabilities!: string[];

  @Column({ name: 'owner_username', type: 'text', nullable: true })
  ownerUsername!: string | null;

  @Column({ name: 'sponsor_username', type: 'text', nullable: true })
  sponsorUsername!: string | null;

  /** The latest score, kept here so portfolio views read one row per partner. */
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true })
  score!: string | null;

  @Column({ name: 'score_status', type: 'text', nullable: true })
  scoreStatus!: 'green' | 'yellow' | 'red' | null;

  @Column({ name: 'scored_at', type: 'timestamptz', nullable: true })
  scoredAt!: Date | null;

  /** The day the executive sponsor last took part in an interaction: decay is measured from it. */
  @Column({ name: 'sponsor_last_interaction_on', type: 'date', nullable: true })
  sponsorLastInteractionOn!: string | null;

  /** Revenue over the latest score's window, the basis of concentration and shares. */
  @Column({ name: 'window_revenue_minor', type: 'bigint', nullable: true })
  windowRevenueMinor!: string | null;

  @Column({ name: 'revenue_currency', type: 'char', length: 3, nullable: true })
  revenueCurrency!: string | null;

  @Column({ name: 'strategic_score', type: 'numeric', precision: 4, scale: 1, nullable: true })
  strategicScore!: string | null;

  @Column({ name: 'reliability_score', type: 'numeric', precision: 4, scale: 1, nullable: true })
  reliabilityScore!: string | null;

  /** Set when the partner turned red: renegotiation must be planned. */
  @Column({ name: 'renegotiation_required', type: 'boolean', default: false })
  renegotiationRequired!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
