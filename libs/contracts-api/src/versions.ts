import { z } from 'zod';

import { contractTermsSchema } from './contract-terms';

export const fieldChange = z.strictObject({ from: z.unknown(), to: z.unknown() });

/** Field-by-field difference between two sets of terms; unchanged fields are absent. */
export const termDiffSchema = z.record(z.string(), fieldChange);
export type TermDiff = z.infer<typeof termDiffSchema>;

export const approverSchema = z.strictObject({
  subject: z.string(),
  username: z.string(),
  role: z.string().describe('The role whose approval slot this approval filled'),
  approvedAt: z.string(),
});

export const versionSchema = z.strictObject({
  contractId: z.uuid(),
  version: z.number().int(),
  kind: z.enum(['activation', 'amendment', 'termination']),
  effectiveFrom: z.string().describe('When these terms take effect, distinct from approval'),
  terms: contractTermsSchema,
  changes: termDiffSchema,
  reason: z.string(),
  author: z.string(),
  approvers: z.array(approverSchema),
  approvedAt: z.string(),
  changeRequestId: z.uuid(),
});
export type VersionView = z.infer<typeof versionSchema>;

export const compareVersionsQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const versionComparisonSchema = z.strictObject({
  contractId: z.uuid(),
  from: z.number().int(),
  to: z.number().int(),
  changes: termDiffSchema,
});
