import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import type { MitigationStatus, RiskKind } from '../model/risks';

/** What is being done about one risk of a partner; the latest row is in force, none is edited. */
@Entity({ name: 'risk_mitigation' })
@Check(
  'risk_mitigation_risk_check',
  "risk IN ('contract_lapse', 'overdependence', 'vendor_failure', 'strategic_misalignment', 'relationship_decay')",
)
@Check(
  'risk_mitigation_status_check',
  "status IN ('planned', 'in_progress', 'mitigated', 'accepted')",
)
@Index('risk_mitigation_partner_idx', ['partnerId', 'risk', 'recordedAt'])
export class RiskMitigation {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('text')
  risk!: RiskKind;

  @Column('text')
  status!: MitigationStatus;

  @Column('text')
  note!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
