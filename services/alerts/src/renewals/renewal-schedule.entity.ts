import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { PartnerCategory, RenewalType } from '@pn/events';

/** What the alerts service knows of a contract's terms, kept from contract events. */
@Entity({ name: 'renewal_schedule' })
@Index('renewal_schedule_entity_idx', ['entityId'])
@Index('renewal_schedule_deadline_idx', ['entityId', 'actionDeadline', 'contractId'])
@Index('renewal_schedule_next_due_idx', ['entityId', 'nextDueOn'])
@Check('renewal_schedule_status_check', "status IN ('active', 'terminated')")
export class RenewalSchedule {
  @PrimaryColumn({ name: 'contract_id', type: 'uuid' })
  contractId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'entity_time_zone', type: 'text' })
  entityTimeZone!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'partner_name', type: 'text' })
  partnerName!: string;

  @Column({ name: 'partner_category', type: 'text' })
  partnerCategory!: PartnerCategory;

  @Column('text')
  title!: string;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ name: 'initial_term_months', type: 'int', nullable: true })
  initialTermMonths!: number | null;

  /** An explicit end of the initial term, for contracts not written in months. */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'renewal_type', type: 'text' })
  renewalType!: RenewalType;

  @Column({ name: 'renewal_term_months', type: 'int', nullable: true })
  renewalTermMonths!: number | null;

  @Column({ name: 'notice_days', type: 'int' })
  noticeDays!: number;

  /** The approved contract version these terms come from; older events never overwrite. */
  @Column('int')
  version!: number;

  @Column('text')
  status!: 'active' | 'terminated';

  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn!: string | null;

  /** The deadline to act on as of the last evaluation; the calendar searches by it. */
  @Column({ name: 'action_deadline', type: 'date', nullable: true })
  actionDeadline!: string | null;

  /** Fees, a payment schedule or incentives: finance is among the alerts' recipients. */
  @Column({ name: 'payment_linked', type: 'boolean', default: false })
  paymentLinked!: boolean;

  /** The next day a new alert can fall due; null until first evaluated. See nextDueOn. */
  @Column({ name: 'next_due_on', type: 'date', nullable: true })
  nextDueOn!: string | null;

  /** The day, in the entity's zone, the current terms became known here. */
  @Column({ name: 'known_since', type: 'date' })
  knownSince!: string;

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
