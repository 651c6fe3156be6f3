import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A month of reliability and responsiveness for one partner; never edited. */
@Check('kpi_input_sla_attainment_pct_check', 'sla_attainment_pct BETWEEN 0 AND 100')
@Check('kpi_input_incidents_check', 'incidents >= 0')
@Check('kpi_input_response_hours_check', 'response_hours > 0')
@Check('kpi_input_response_target_hours_check', 'response_target_hours > 0')
@Entity({ name: 'kpi_input' })
@Index('kpi_input_partner_idx', ['partnerId', 'period', 'recordedAt'])
export class KpiInput {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ name: 'sla_attainment_pct', type: 'numeric', precision: 5, scale: 2 })
  slaAttainmentPct!: string;

  @Column('int')
  incidents!: number;

  @Column({ name: 'response_hours', type: 'numeric', precision: 10, scale: 2 })
  responseHours!: string;

  @Column({ name: 'response_target_hours', type: 'numeric', precision: 10, scale: 2 })
  responseTargetHours!: string;

  @Column('text')
  source!: string;

  @Column({ name: 'supplied_by', type: 'text' })
  suppliedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
