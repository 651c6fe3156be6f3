import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Who answers for a partner, kept from partner events: alerts go to them. */
@Entity({ name: 'partner_contact' })
export class PartnerContact {
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'owner_username', type: 'text', nullable: true })
  ownerUsername!: string | null;

  @Column({ name: 'sponsor_username', type: 'text', nullable: true })
  sponsorUsername!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
