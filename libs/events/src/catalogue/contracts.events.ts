import { z } from 'zod';

import { defineEvent } from '../define-event';
import { contractTermsSchema } from './contract-terms';
import { calendarDate, partnerCategory } from './values';

/** Who the contract is with and where it belongs: every contract event carries it. */
const contractContext = {
  contractId: z.uuid(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  partnerCategory,
  entityId: z.string(),
  entityTimeZone: z.string().describe('IANA zone; "today" for the contract is a date there'),
};

export const contractCreated = defineEvent({
  service: 'contracts',
  aggregate: 'contract',
  name: 'created',
  version: 1,
  summary:
    'A contract was registered as a draft. Drafts are not in force: consumers that track terms wait for version_approved.',
  schema: z.strictObject({ ...contractContext, title: z.string() }),
});

export const contractVersionApproved = defineEvent({
  service: 'contracts',
  aggregate: 'contract',
  name: 'version_approved',
  version: 1,
  summary:
    'A change to a contract passed dual approval: version 1 activates it, later versions amend it. Carries the full terms of the version and when they take effect.',
  schema: z.strictObject({
    ...contractContext,
    version: z.number().int().positive(),
    kind: z.enum(['activation', 'amendment']),
    effectiveFrom: calendarDate.describe('When these terms take effect; may differ from approval'),
    approvedAt: z.iso.datetime(),
    changedFields: z.array(z.string()),
    terms: contractTermsSchema,
  }),
});

export const contractTerminated = defineEvent({
  service: 'contracts',
  aggregate: 'contract',
  name: 'terminated',
  version: 1,
  summary:
    'A termination passed dual approval; the contract is in force up to and including terminatedOn.',
  schema: z.strictObject({
    ...contractContext,
    version: z.number().int().positive(),
    terminatedOn: calendarDate,
    reason: z.string(),
    approvedAt: z.iso.datetime(),
  }),
});

export const obligationStatusChanged = defineEvent({
  service: 'contracts',
  aggregate: 'contract',
  name: 'obligation_status_changed',
  version: 1,
  summary:
    'An obligation of a contract (payment, threshold, clause) was recorded as met, missed or waived, with its evidence.',
  schema: z.strictObject({
    ...contractContext,
    obligationId: z.uuid(),
    source: z.enum(['payment', 'threshold', 'performance_clause', 'compliance_clause']),
    description: z.string(),
    dueDate: calendarDate,
    ownerFunction: z.enum(['finance', 'operations', 'legal']),
    status: z.enum(['met', 'missed', 'waived']),
    evidence: z.string(),
    decidedBy: z.string(),
  }),
});
