import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import type { PartnerScore, ScoreInputs, Status } from '../model/types';

/** Everything that explains a score: the model's breakdown, the inputs and their window. */
export interface ScoreExplanation extends PartnerScore {
  inputs: ScoreInputs & { currency: string | null; months: Record<string, number> };
  window: { from: string; to: string };
}

/** One computed score with everything that explains it; the history is never edited. */
@Check('partner_score_status_check', "status IN ('green', 'yellow', 'red')")
@Entity({ name: 'partner_score' })
@Index('partner_score_partner_idx', ['partnerId', 'computedAt'])
export class PartnerScoreRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'partner_category', type: 'text' })
  partnerCategory!: string;

  @Column({ name: 'model_version', type: 'int' })
  modelVersion!: number;

  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true })
  score!: string | null;

  @Column({ type: 'text', nullable: true })
  status!: Status | null;

  @Column('jsonb')
  explanation!: ScoreExplanation;

  @Column('text')
  trigger!: string;

  @CreateDateColumn({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
