import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

import type { PartnerCategory } from '@pn/events';

/** An external relationship of one legal entity: a carrier, vendor or partner. */
@Entity({ name: 'partner' })
export class Partner {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  @Column('text')
  category!: PartnerCategory;

  @Column('text')
  status!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
