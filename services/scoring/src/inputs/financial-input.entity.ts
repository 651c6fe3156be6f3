import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A month of revenue and cost for one partner, as a source reported it; never edited. */
@Check('financial_input_revenue_minor_check', 'revenue_minor >= 0')
@Check('financial_input_cost_minor_check', 'cost_minor >= 0')
@Entity({ name: 'financial_input' })
@Index('financial_input_partner_idx', ['partnerId', 'period', 'recordedAt'])
@Index('financial_input_entity_idx', ['entityId', 'period'])
export class FinancialInput {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ name: 'revenue_minor', type: 'bigint' })
  revenueMinor!: string;

  @Column({ name: 'cost_minor', type: 'bigint' })
  costMinor!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column('text')
  source!: string;

  @Column({ name: 'supplied_by', type: 'text' })
  suppliedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
