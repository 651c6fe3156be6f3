import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';

import type { Money } from '@pn/contracts-api';

import { Contract } from '../contracts/contract.entity';
import { LegalEntity } from '../legal-entities/legal-entity.entity';
import type { ObligationSource, OwnerFunction } from './derive-obligations';

export type ObligationStatus = 'upcoming' | 'met' | 'missed' | 'waived' | 'superseded';

/**
 * Something a contract commits someone to by a date. Derived from approved terms; an
 * amendment that removes it marks it superseded rather than deleting it.
 */
@Entity({ name: 'obligation' })
@Unique('obligation_contract_id_source_key_key', ['contractId', 'sourceKey'])
@Index('obligation_entity_due_idx', ['entityId', 'status', 'dueDate'])
@Check(
  'obligation_source_check',
  "source IN ('payment', 'threshold', 'performance_clause', 'compliance_clause')",
)
@Check('obligation_owner_function_check', "owner_function IN ('finance', 'operations', 'legal')")
@Check('obligation_status_check', "status IN ('upcoming', 'met', 'missed', 'waived', 'superseded')")
export class Obligation {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @ManyToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'obligation_entity_id_fkey' })
  entity?: LegalEntity;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId!: string;

  @ManyToOne(() => Contract)
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'obligation_contract_id_fkey' })
  contract?: Contract;

  @Column({ name: 'source_key', type: 'text' })
  sourceKey!: string;

  @Column('text')
  source!: ObligationSource;

  @Column('text')
  description!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'owner_function', type: 'text' })
  ownerFunction!: OwnerFunction;

  @Column({ type: 'jsonb', nullable: true })
  amount!: Money | null;

  @Column('text')
  status!: ObligationStatus;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'derived_from_version', type: 'int' })
  derivedFromVersion!: number;

  @Column({ name: 'superseded_by_version', type: 'int', nullable: true })
  supersededByVersion!: number | null;
}
