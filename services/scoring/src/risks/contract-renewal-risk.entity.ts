import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The latest renewal alert of each contract, from the alerts service's events. */
@Entity({ name: 'contract_renewal_risk' })
@Index('contract_renewal_risk_partner_idx', ['partnerId'])
export class ContractRenewalRisk {
  @PrimaryColumn({ name: 'contract_id', type: 'uuid' })
  contractId!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'term_number', type: 'int' })
  termNumber!: number;

  @Column({ name: 'action_deadline', type: 'date' })
  actionDeadline!: string;

  @Column({ name: 'last_alert_kind', type: 'text' })
  lastAlertKind!: string;

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn!: string;

  /** A renewal decision was recorded for the term. */
  @Column({ type: 'boolean', default: false })
  decided!: boolean;
}
