import { z } from 'zod';

export const alertKind = z.enum([
  'advance',
  'deadline',
  'overdue',
  'escalation',
  'silent_rollover',
]);

export const inboxQuery = z.strictObject({
  status: z.enum(['open', 'acknowledged']).optional().describe('Open: not acknowledged by you'),
  kind: alertKind.optional(),
  contractId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

export const alertSchema = z.strictObject({
  id: z.uuid(),
  contractId: z.uuid(),
  entityId: z.string(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  title: z.string(),
  kind: alertKind,
  termNumber: z.number().int(),
  actionDeadline: z.string(),
  offsetDays: z.number().int().nullable().describe('For advance alerts: days before the deadline'),
  dueOn: z.string(),
  raisedOn: z.string(),
  late: z.boolean().describe('Raised after the day it fell due, because the service was down'),
  recipients: z.array(z.string()).describe('user:<username> and role:<role> of the entity'),
  acknowledged: z.boolean().describe('By you'),
  raisedAt: z.string(),
});
export type AlertView = z.infer<typeof alertSchema>;

export const renewalDecisionKind = z.enum(['renew', 'renegotiate', 'exit']);

export const recordDecisionSchema = z.strictObject({
  decision: renewalDecisionKind,
  rationale: z.string().trim().min(3, 'must say why').max(5000),
});
export type RecordDecision = z.infer<typeof recordDecisionSchema>;

export const decisionSchema = z.strictObject({
  id: z.uuid(),
  contractId: z.uuid(),
  entityId: z.string(),
  termNumber: z.number().int().describe('The term the decision is about: the one being acted on'),
  decision: renewalDecisionKind,
  rationale: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

export type DecisionView = z.infer<typeof decisionSchema>;

export const runSweepSchema = z.strictObject({ entityId: z.string().min(1) });

export const sweepResultSchema = z.strictObject({
  entityId: z.string(),
  today: z.string().describe("The day swept: today in the entity's zone"),
  contracts: z
    .number()
    .int()
    .describe('Contracts evaluated: those with something due by today, or never evaluated'),
  raised: z.number().int(),
});

export const subscribeWebhookSchema = z.strictObject({
  entityId: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).describe('Where alerts are POSTed as JSON'),
  secret: z
    .string()
    .min(16)
    .max(200)
    .optional()
    .describe('HMAC-SHA256 key for X-PN-Signature; generated when left out, shown once'),
});

export const webhookSchema = z.strictObject({
  id: z.uuid(),
  entityId: z.string(),
  url: z.string(),
  active: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  secret: z.string().optional().describe('Only in the answer to the subscription'),
});

export const deliveryStatus = z.enum(['pending', 'delivered', 'failed', 'dead']);

export const listDeliveriesQuery = z.strictObject({
  status: deliveryStatus.optional().describe('dead: past the last retry, waiting for redelivery'),
  alertId: z.uuid().optional(),
  channel: z.enum(['email', 'webhook']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const deliverySchema = z.strictObject({
  id: z.uuid(),
  alertId: z.uuid(),
  entityId: z.string(),
  channel: z.enum(['email', 'webhook']),
  target: z.string(),
  status: deliveryStatus,
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});

const calendarDate = z.iso.date();

export const renewalsQuery = z.strictObject({
  from: calendarDate.optional().describe('Action deadlines on or after this date'),
  to: calendarDate.optional().describe('Action deadlines on or before this date'),
  entityId: z.string().min(1).optional(),
  category: z.enum(['carrier', 'vendor', 'strategic_partner', 'opportunistic']).optional(),
  owner: z.string().min(1).optional().describe("The partner's relationship owner (username)"),
  status: z
    .enum(['undecided', 'decided', 'silently_rolled_over'])
    .optional()
    .describe('undecided: no decision for the term being acted on'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(5000)
    .optional()
    .describe('At most this many, soonest action deadline first; default 500'),
  after: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      'must be <actionDeadline>_<contractId> of the last renewal of the previous page',
    )
    .optional()
    .describe('Next page: <actionDeadline>_<contractId> of the last renewal already seen'),
});
export type RenewalsQuery = z.infer<typeof renewalsQuery>;

export const renewalSummarySchema = z.strictObject({
  contracts: z.number().int(),
  undecided: z.number().int(),
  actionWithin90Days: z
    .number()
    .int()
    .describe('Undecided, with the action deadline 90 days away or less'),
  overdue: z
    .number()
    .int()
    .describe('Undecided, with the action deadline passed (manual and none)'),
  silentlyRolledOver: z
    .number()
    .int()
    .describe('Contracts that renewed at least once without anyone deciding it'),
});

export const calendarFeedSchema = z.strictObject({
  id: z.uuid(),
  url: z.string().optional().describe('Only in the answer to the creation: keep it secret'),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

export const alertPolicySchema = z.strictObject({
  offsets: z
    .array(z.number().int().min(1).max(730))
    .min(1)
    .max(10)
    .refine((offsets) => new Set(offsets).size === offsets.length, 'must not repeat an offset')
    .describe('Days before the action deadline at which advance alerts fire'),
  escalationThresholdDays: z.number().int().min(1).max(730),
  escalationRepeatDays: z.number().int().min(1).max(90),
});

export const alertPolicyScope = z.strictObject({
  entityId: z.string().min(1),
  category: z
    .enum(['*', 'carrier', 'vendor', 'strategic_partner', 'opportunistic'])
    .describe('A partner category, or * for every category without its own policy'),
});

export const effectiveAlertPolicySchema = alertPolicySchema.extend({
  category: z.string(),
  source: z.enum(['category', 'entity', 'default']),
});
