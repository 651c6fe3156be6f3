import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';

import type { PartnerCategory } from '@pn/events';

import { LegalEntity } from '../legal-entities/legal-entity.entity';

/** An external relationship of one legal entity: a carrier, vendor or partner. */
@Entity({ name: 'partner' })
@Unique('partner_entity_id_legal_name_key', ['entityId', 'legalName'])
@Check(
  'partner_category_check',
  "category IN ('carrier', 'vendor', 'strategic_partner', 'opportunistic')",
)
export class Partner {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @ManyToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'partner_entity_id_fkey' })
  entity?: LegalEntity;

  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  @Column('text')
  category!: PartnerCategory;

  @Column({ type: 'text', default: 'prospect' })
  status!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
