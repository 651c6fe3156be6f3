import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import type { PartnerStatus } from '@pn/contracts-api';

import { Partner } from './partner.entity';

/** One step of a relationship's lifecycle, kept for its history. */
@Entity({ name: 'partner_status_change' })
@Index('partner_status_change_partner_idx', ['partnerId', 'changedAt'])
export class PartnerStatusChange {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner)
  @JoinColumn({
    name: 'partner_id',
    foreignKeyConstraintName: 'partner_status_change_partner_id_fkey',
  })
  partner?: Partner;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus!: PartnerStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: PartnerStatus;

  @Column('text')
  reason!: string;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
