import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import type { RenewalDecisionKind } from './renewal-state';

/** A person's decision on a contract term: renew, renegotiate or exit, and why. */
@Entity({ name: 'renewal_decision' })
@Index('renewal_decision_contract_idx', ['contractId', 'termNumber'])
@Check('renewal_decision_decision_check', "decision IN ('renew', 'renegotiate', 'exit')")
export class RenewalDecision {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'term_number', type: 'int' })
  termNumber!: number;

  @Column('text')
  decision!: RenewalDecisionKind;

  @Column('text')
  rationale!: string;

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
