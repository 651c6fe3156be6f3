import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

import type { RenewalType } from '@pn/events';

/** An agreement with a partner: its term, and how it renews or ends. */
@Entity({ name: 'contract' })
export class Contract {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column('text')
  title!: string;

  /** Calendar date (YYYY-MM-DD) in the entity's time zone. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ name: 'initial_term_months', type: 'int' })
  initialTermMonths!: number;

  @Column({ name: 'renewal_type', type: 'text' })
  renewalType!: RenewalType;

  @Column({ name: 'renewal_term_months', type: 'int', nullable: true })
  renewalTermMonths!: number | null;

  /** Days before a term's end by which non-renewal notice must be given. */
  @Column({ name: 'notice_days', type: 'int' })
  noticeDays!: number;

  @Column('text')
  status!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
