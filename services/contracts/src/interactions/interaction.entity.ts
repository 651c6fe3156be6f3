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

import { LegalEntity } from '../legal-entities/legal-entity.entity';
import { Partner } from '../partners/partner.entity';

/** A meeting, call, email or review with a partner. */
@Entity({ name: 'interaction' })
@Index('interaction_partner_idx', ['partnerId', 'occurredOn'])
@Check('interaction_kind_check', "kind IN ('meeting', 'call', 'email', 'review')")
export class Interaction {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @ManyToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'interaction_entity_id_fkey' })
  entity?: LegalEntity;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner)
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'interaction_partner_id_fkey' })
  partner?: Partner;

  @Column('text')
  kind!: 'meeting' | 'call' | 'email' | 'review';

  /** Calendar date in the entity's time zone. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ type: 'text', array: true })
  participants!: string[];

  @Column('text')
  summary!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
