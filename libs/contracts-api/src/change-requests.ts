import { z } from 'zod';

import { termChangesSchema } from './contract-terms';
import { calendarDate, reason } from './values';
import { approverSchema } from './versions';

export const changeKind = z.enum(['activation', 'amendment', 'termination']);
export type ChangeKind = z.infer<typeof changeKind>;

export const proposeChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('activation'), reason }),
  z.strictObject({
    kind: z.literal('amendment'),
    changes: termChangesSchema,
    effectiveDate: calendarDate.describe(
      'When the amended terms take effect; may be before or after the approval',
    ),
    reason,
  }),
  z.strictObject({
    kind: z.literal('termination'),
    terminationDate: calendarDate.describe('The last day the contract is in force'),
    reason,
  }),
]);
export type ProposeChange = z.infer<typeof proposeChangeSchema>;

export const approveChangeSchema = z.strictObject({
  comment: z.string().trim().max(2000).optional(),
});
export const rejectChangeSchema = z.strictObject({ reason });

export const changeStatus = z.enum(['pending', 'approved', 'rejected']);

export const changeRequestSchema = z.strictObject({
  id: z.uuid(),
  contractId: z.uuid(),
  entityId: z.string(),
  kind: changeKind,
  status: changeStatus,
  changes: z.record(z.string(), z.unknown()).nullable(),
  effectiveDate: z.string().nullable(),
  reason: z.string(),
  author: z.string(),
  requiredApprovals: z
    .array(z.array(z.string()))
    .describe('One slot per approval; each lists the roles that may fill it'),
  approvals: z.array(approverSchema),
  rejection: z.strictObject({ by: z.string(), reason: z.string(), at: z.string() }).nullable(),
  resultingVersion: z.number().int().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ChangeRequestView = z.infer<typeof changeRequestSchema>;

/** Per-entity approval policy: each slot needs one distinct approver holding one of its roles. */
export const approvalPolicySchema = z.strictObject({
  slots: z
    .array(z.array(z.enum(['executive', 'strategy', 'legal', 'finance', 'operations'])).min(1))
    .min(2, 'a change needs at least two approvals')
    .max(5),
});
export type ApprovalPolicy = z.infer<typeof approvalPolicySchema>;
