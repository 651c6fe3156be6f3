import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import type { ContractTerms, TermDiff } from '@pn/contracts-api';

import { ChangeRequest } from '../change-requests/change-request.entity';
import { Contract } from '../contracts/contract.entity';
import { LegalEntity } from '../legal-entities/legal-entity.entity';

export interface VersionApprover {
  subject: string;
  username: string;
  role: string;
  approvedAt: string;
}

/** An approved state of a contract. A trigger refuses any UPDATE or DELETE. */
@Entity({ name: 'contract_version' })
@Check('contract_version_version_check', 'version > 0')
@Check('contract_version_kind_check', "kind IN ('activation', 'amendment', 'termination')")
export class ContractVersion {
  @PrimaryColumn({ name: 'contract_id', type: 'uuid' })
  contractId!: string;

  @ManyToOne(() => Contract)
  @JoinColumn({
    name: 'contract_id',
    foreignKeyConstraintName: 'contract_version_contract_id_fkey',
  })
  contract?: Contract;

  @PrimaryColumn('int')
  version!: number;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @ManyToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'contract_version_entity_id_fkey' })
  entity?: LegalEntity;

  @Column('text')
  kind!: 'activation' | 'amendment' | 'termination';

  /** When these terms take effect: for an amendment, its own date, not the approval's. */
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'jsonb' })
  terms!: ContractTerms;

  @Column({ type: 'jsonb' })
  changes!: TermDiff;

  @Column('text')
  reason!: string;

  @Column({ name: 'author_username', type: 'text' })
  authorUsername!: string;

  @Column({ type: 'jsonb' })
  approvers!: VersionApprover[];

  @Column({ name: 'approved_at', type: 'timestamptz' })
  approvedAt!: Date;

  @Column({ name: 'change_request_id', type: 'uuid' })
  changeRequestId!: string;

  @ManyToOne(() => ChangeRequest)
  @JoinColumn({
    name: 'change_request_id',
    foreignKeyConstraintName: 'contract_version_change_request_id_fkey',
  })
  changeRequest?: ChangeRequest;
}
