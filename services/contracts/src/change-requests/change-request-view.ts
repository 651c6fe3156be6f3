import type { ChangeRequestView } from '@pn/contracts-api';

import { assignSlots } from './approval-slots';
import { asSlotApprover, type ChangeApproval } from './change-approval.entity';
import type { ChangeRequest } from './change-request.entity';

/** Each approval is shown with the role of the slot it fills in the current matching. */
export function approverViews(request: ChangeRequest, approvals: readonly ChangeApproval[]) {
  const ordered = [...approvals].sort((a, b) => a.approvedAt.getTime() - b.approvedAt.getTime());
  const slots = assignSlots(request.requiredSlots, ordered.map(asSlotApprover)) ?? [];

  return ordered.map((approval, index) => ({
    subject: approval.approverSubject,
    username: approval.approverUsername,
    role:
      request.requiredSlots[slots[index]]?.find((role) => approval.approverRoles.includes(role)) ??
      approval.approverRoles.join('+'),
    approvedAt: approval.approvedAt.toISOString(),
  }));
}

export function toChangeRequestView(
  request: ChangeRequest,
  approvals: readonly ChangeApproval[],
): ChangeRequestView {
  return {
    id: request.id,
    contractId: request.contractId,
    entityId: request.entityId,
    kind: request.kind,
    status: request.status,
    changes: request.changes,
    effectiveDate: request.effectiveDate,
    reason: request.reason,
    author: request.authorUsername,
    requiredApprovals: request.requiredSlots,
    approvals: approverViews(request, approvals),
    rejection:
      request.status === 'rejected' && request.decidedAt
        ? {
            by: request.rejectedBy ?? '',
            reason: request.rejectionReason ?? '',
            at: request.decidedAt.toISOString(),
          }
        : null,
    resultingVersion: request.resultingVersion,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
  };
}
