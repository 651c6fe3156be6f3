import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ChangeRequest } from './change-request.entity';

/** One person's approval of a change request, with the roles they held when approving. */
@Entity({ name: 'change_approval' })
export class ChangeApproval {
  @PrimaryColumn({ name: 'change_request_id', type: 'uuid' })
  changeRequestId!: string;

  @ManyToOne(() => ChangeRequest)
  @JoinColumn({
    name: 'change_request_id',
    foreignKeyConstraintName: 'change_approval_change_request_id_fkey',
  })
  changeRequest?: ChangeRequest;

  @PrimaryColumn({ name: 'approver_subject', type: 'text' })
  approverSubject!: string;

  @Column({ name: 'approver_username', type: 'text' })
  approverUsername!: string;

  @Column({ name: 'approver_roles', type: 'text', array: true })
  approverRoles!: string[];

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'approved_at', type: 'timestamptz' })
  approvedAt!: Date;
}

/** The approver as the slot matching sees them: who, and which roles they held. */
export function asSlotApprover(approval: ChangeApproval): { subject: string; roles: string[] } {
  return { subject: approval.approverSubject, roles: approval.approverRoles };
}
