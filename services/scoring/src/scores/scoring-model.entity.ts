import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

import type { ScoringModel } from '../model/types';

/** One version of the scoring model; a change is a new version, so past scores stay true. */
@Entity({ name: 'scoring_model' })
export class ScoringModelRow {
  @PrimaryColumn('int')
  version!: number;

  @Column('jsonb')
  weights!: ScoringModel['weights'];

  @Column('jsonb')
  thresholds!: ScoringModel['thresholds'];

  @Column({ name: 'category_priority', type: 'jsonb' })
  categoryPriority!: ScoringModel['categoryPriority'];

  @Column('text')
  reason!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
