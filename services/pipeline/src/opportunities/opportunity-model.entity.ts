import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One version of the opportunity scoring model; a change is a new version. */
@Entity({ name: 'opportunity_model' })
export class OpportunityModelRow {
  @PrimaryColumn('int')
  version!: number;

  @Column('jsonb')
  weights!: { strategicValue: number; financialUpside: number; operationalComplexity: number };

  @Column({ name: 'go_threshold', type: 'numeric', precision: 5, scale: 2 })
  goThreshold!: string;

  @Column({ name: 'no_go_threshold', type: 'numeric', precision: 5, scale: 2 })
  noGoThreshold!: string;

  @Column('text')
  reason!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
