import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Contract } from '../contracts/contract.entity';
import { LegalEntity } from '../legal-entities/legal-entity.entity';

/** A file attached to a contract version. A trigger refuses UPDATE and DELETE. */
@Entity({ name: 'contract_document' })
@Index('contract_document_contract_idx', ['contractId', 'uploadedAt'])
@Check('contract_document_kind_check', "kind IN ('signed_agreement', 'amendment', 'other')")
@Check('contract_document_size_bytes_check', 'size_bytes > 0')
export class ContractDocument {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @ManyToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'contract_document_entity_id_fkey' })
  entity?: LegalEntity;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId!: string;

  @ManyToOne(() => Contract)
  @JoinColumn({
    name: 'contract_id',
    foreignKeyConstraintName: 'contract_document_contract_id_fkey',
  })
  contract?: Contract;

  /** The version it belongs to; null when attached while the contract was a draft. */
  @Column({ type: 'int', nullable: true })
  version!: number | null;

  @Column('text')
  kind!: 'signed_agreement' | 'amendment' | 'other';

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Not loaded unless asked for: lists never carry file contents. */
  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;
}
