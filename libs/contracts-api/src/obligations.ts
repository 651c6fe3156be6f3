import { z } from 'zod';

import { pageOf, pageQuery } from './page';
import { booleanParam, entityCode, money, reason } from './values';

export const obligationStatus = z.enum(['upcoming', 'met', 'missed', 'waived', 'superseded']);
export const ownerFunction = z.enum(['finance', 'operations', 'legal']);

export const obligationSchema = z.strictObject({
  id: z.uuid(),
  contractId: z.uuid(),
  entityId: z.string(),
  source: z.enum(['payment', 'threshold', 'performance_clause', 'compliance_clause']),
  description: z.string(),
  dueDate: z.string(),
  ownerFunction,
  amount: money.nullable(),
  status: obligationStatus.describe(
    'superseded: an approved amendment or termination removed it; it is kept, not deleted',
  ),
  overdue: z.boolean().describe("Still upcoming after its due date in the entity's time zone"),
  evidence: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  derivedFromVersion: z.number().int(),
});
export type ObligationView = z.infer<typeof obligationSchema>;

export const obligationPageSchema = pageOf(obligationSchema);

export const listObligationsQuery = z.strictObject({
  limit: pageQuery.limit,
  cursor: pageQuery.cursor,
  entityId: entityCode.optional(),
  contractId: z.uuid().optional(),
  status: obligationStatus.optional(),
  ownerFunction: ownerFunction.optional(),
  overdue: booleanParam.optional(),
});
export type ListObligationsQuery = z.infer<typeof listObligationsQuery>;

/**
 * The outcome of an obligation, with what shows it: a payment reference, a KPI report.
 * Met and missed are recorded by the owning function; waiving one is an executive decision.
 */
export const decideObligationSchema = z.strictObject({
  status: z.enum(['met', 'missed', 'waived']),
  evidence: reason.describe('What shows the outcome: a payment reference, a report, a decision'),
});
export type DecideObligation = z.infer<typeof decideObligationSchema>;
