import { z } from 'zod';

import { defineEvent } from '../define-event';
import { calendarDate, partnerCategory } from './values';

export const alertRaised = defineEvent({
  service: 'alerts',
  aggregate: 'renewal',
  name: 'alert_raised',
  version: 1,
  summary:
    'A renewal alert fell due and was raised, once: an advance alert, the deadline day, overdue, an escalation or a silent rollover.',
  schema: z.strictObject({
    alertId: z.uuid(),
    contractId: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    partnerCategory,
    entityId: z.string(),
    kind: z.enum(['advance', 'deadline', 'overdue', 'escalation', 'silent_rollover']),
    termNumber: z.number().int().positive(),
    actionDeadline: calendarDate,
    offsetDays: z.number().int().nullable(),
    dueOn: calendarDate,
    raisedOn: calendarDate,
    late: z.boolean().describe('Raised after the day it fell due (the service was down)'),
    recipients: z.array(z.string()).describe('user:<username> and role:<role> of the entity'),
  }),
});

export const renewalDecisionRecorded = defineEvent({
  service: 'alerts',
  aggregate: 'renewal',
  name: 'decision_recorded',
  version: 1,
  summary: 'Someone decided to renew, renegotiate or exit a contract term; escalation stops.',
  schema: z.strictObject({
    decisionId: z.uuid(),
    contractId: z.uuid(),
    entityId: z.string(),
    termNumber: z.number().int().positive(),
    decision: z.enum(['renew', 'renegotiate', 'exit']),
    rationale: z.string(),
    decidedBy: z.string(),
  }),
});
