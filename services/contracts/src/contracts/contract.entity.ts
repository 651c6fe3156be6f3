import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import type { ContractStatus, ContractTerms } from '@pn/contracts-api';
import type { RenewalType } from '@pn/events';

import { ImportBatch } from '../imports/import-batch.entity';
import { LegalEntity } from '../legal-entities/legal-entity.entity';
import { Partner } from '../partners/partner.entity';

/**
 * An agreement with a partner. `terms` holds the draft terms, or once active the terms of
 * the latest approved version; those are never edited here but only by approving a change,
 * which writes a new immutable version. The scalar columns repeat the key terms so that
 * lists can filter and sort on them.
 */
@Entity({ name: 'contract' })
@Index('contract_entity_idx', ['entityId', 'partnerId'])
@Unique('contract_entity_id_external_ref_key', ['entityId', 'externalRef'])
@Check('contract_initial_term_months_check', 'initial_term_months > 0')
@Check('contract_renewal_type_check', "renewal_type IN ('auto', 'manual', 'none')")
@Check('contract_renewal_term_months_check', 'renewal_term_months > 0')
@Check('contract_notice_days_check', 'notice_days >= 0')
@Check('contract_termination_notice_days_check', 'termination_notice_days >= 0')
@Check('contract_status_check', "status IN ('draft', 'active', 'terminated')")
export class Contract {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @ManyToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'contract_entity_id_fkey' })
  entity?: LegalEntity;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner)
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'contract_partner_id_fkey' })
  partner?: Partner;

  @Column({ type: 'text', default: 'draft' })
  status!: ContractStatus;

  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  @Column({ type: 'jsonb' })
  terms!: ContractTerms;

  @Column({ name: 'current_version', type: 'int', nullable: true })
  currentVersion!: number | null;

  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn!: string | null;

  @Column('text')
  title!: string;

  @Column({ name: 'contract_type', type: 'text', default: 'other' })
  contractType!: string;

  @Column({ name: 'counterparty_legal_name', type: 'text' })
  counterpartyLegalName!: string;

  /** Calendar date (YYYY-MM-DD) in the entity's time zone. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ name: 'initial_term_months', type: 'int', nullable: true })
  initialTermMonths!: number | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'renewal_type', type: 'text' })
  renewalType!: RenewalType;

  @Column({ name: 'renewal_term_months', type: 'int', nullable: true })
  renewalTermMonths!: number | null;

  /** Days before a term's end by which non-renewal notice must be given. */
  @Column({ name: 'notice_days', type: 'int' })
  noticeDays!: number;

  @Column({ name: 'termination_notice_days', type: 'int', nullable: true })
  terminationNoticeDays!: number | null;

  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true })
  importBatchId!: string | null;

  @ManyToOne(() => ImportBatch)
  @JoinColumn({
    name: 'import_batch_id',
    foreignKeyConstraintName: 'contract_import_batch_id_fkey',
  })
  importBatch?: ImportBatch;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The scalar columns that mirror a set of terms. */
export function termColumns(terms: ContractTerms): Partial<Contract> {
  return {
    terms,
    title: terms.title,
    contractType: terms.contractType,
    counterpartyLegalName: terms.counterpartyLegalName,
    effectiveDate: terms.effectiveDate,
    initialTermMonths: terms.initialTermMonths,
    endDate: terms.endDate,
    renewalType: terms.renewalType,
    renewalTermMonths: terms.renewalTermMonths,
    noticeDays: terms.noticeDays,
    terminationNoticeDays: terms.terminationNoticeDays,
  };
}
