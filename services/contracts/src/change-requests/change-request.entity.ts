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

import type { ChangeKind, ContractTerms } from '@pn/contracts-api';

import { Contract } from '../contracts/contract.entity';
import { LegalEntity } from '../legal-entities/legal-entity.entity';

/** A proposed activation, amendment or termination, waiting for its approvals. */
@Entity({ name: 'change_request' })
@Index('change_request_one_pending_idx', ['contractId'], {
  unique: true,
  where: "status = 'pending'",
})
@Check('change_request_kind_check', "kind IN ('activation', 'amendment', 'termination')")
@Check('change_request_status_check', "status IN ('pending', 'approved', 'rejected')")
export class ChangeRequest {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @ManyToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'change_request_entity_id_fkey' })
  entity?: LegalEntity;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId!: string;

  @ManyToOne(() => Contract)
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'change_request_contract_id_fkey' })
  contract?: Contract;

  @Column('text')
  kind!: ChangeKind;

  @Column('text')
  status!: 'pending' | 'approved' | 'rejected';

  /** For an activation: the draft terms as they stood when approval was asked for. */
  @Column({ name: 'proposed_terms', type: 'jsonb', nullable: true })
  proposedTerms!: ContractTerms | null;

  /** For an amendment: the terms it changes, with their new values. */
  @Column({ type: 'jsonb', nullable: true })
  changes!: Partial<ContractTerms> | null;

  /** When the change takes effect (the termination date for a termination). */
  @Column({ name: 'effective_date', type: 'date', nullable: true })
  effectiveDate!: string | null;

  @Column('text')
  reason!: string;

  @Column({ name: 'author_subject', type: 'text' })
  authorSubject!: string;

  @Column({ name: 'author_username', type: 'text' })
  authorUsername!: string;

  /** The entity's approval policy when the change was proposed. */
  @Column({ name: 'required_slots', type: 'jsonb' })
  requiredSlots!: string[][];

  @Column({ name: 'rejected_by', type: 'text', nullable: true })
  rejectedBy!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'resulting_version', type: 'int', nullable: true })
  resultingVersion!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
