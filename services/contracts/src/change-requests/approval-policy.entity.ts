import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { LegalEntity } from '../legal-entities/legal-entity.entity';

/** Which approvals a change needs in one legal entity: one distinct person per slot. */
@Entity({ name: 'approval_policy' })
export class ApprovalPolicy {
  @PrimaryColumn({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @OneToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'approval_policy_entity_id_fkey' })
  entity?: LegalEntity;

  @Column({ type: 'jsonb' })
  slots!: string[][];

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
