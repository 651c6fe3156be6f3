import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { PartnerCategory } from '@pn/events';

/** A partner as scoring knows it, from the contracts service's partner events. */
@Entity({ name: 'scored_partner' })
@Index('scored_partner_entity_idx', ['entityId'])
export class ScoredPartner {
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  @Column('text')
  category!: PartnerCategory;

  @Column('text')
  status!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
