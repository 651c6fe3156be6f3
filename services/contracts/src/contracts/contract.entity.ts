import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import type { RenewalType } from '@pn/events';

import { LegalEntity } from '../legal-entities/legal-entity.entity';
import { Partner } from '../partners/partner.entity';

/** An agreement with a partner: its term, and how it renews or ends. */
@Entity({ name: 'contract' })
@Index('contract_entity_idx', ['entityId', 'partnerId'])
@Check('contract_initial_term_months_check', 'initial_term_months > 0')
@Check('contract_renewal_type_check', "renewal_type IN ('auto', 'manual', 'none')")
@Check('contract_renewal_term_months_check', 'renewal_term_months > 0')
@Check('contract_notice_days_check', 'notice_days >= 0')
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

  @Column('text')
  title!: string;

  /** Calendar date (YYYY-MM-DD) in the entity's time zone. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ name: 'initial_term_months', type: 'int' })
  initialTermMonths!: number;

  @Column({ name: 'renewal_type', type: 'text' })
  renewalType!: RenewalType;

  @Column({ name: 'renewal_term_months', type: 'int', nullable: true })
  renewalTermMonths!: number | null;

  /** Days before a term's end by which non-renewal notice must be given. */
  @Column({ name: 'notice_days', type: 'int' })
  noticeDays!: number;

  @Column({ type: 'text', default: 'draft' })
  status!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
