import { z } from 'zod';

import { entityCode } from './values';

export const governanceReportQuery = z.strictObject({ entityId: entityCode.optional() });

const partnerRef = z.strictObject({
  partnerId: z.uuid(),
  entityId: z.string(),
  legalName: z.string(),
  category: z.string(),
  status: z.string(),
});

/** Brief section 9, "no undocumented agreements": what needs someone's attention now. */
export const governanceReportSchema = z.strictObject({
  generatedAt: z.string(),
  entities: z.array(z.string()),
  activePartnersWithoutSignedContract: z
    .array(partnerRef)
    .describe('Active partners with no active contract that has a signed agreement attached'),
  partnersWithoutOwnerOrSponsor: z
    .array(partnerRef.extend({ missing: z.array(z.enum(['owner', 'sponsor'])) }))
    .describe('Partners not yet exited that lack a relationship owner or an executive sponsor'),
  contractsWithOverdueObligations: z.array(
    z.strictObject({
      contractId: z.uuid(),
      entityId: z.string(),
      title: z.string(),
      partnerName: z.string(),
      overdueObligations: z.number().int(),
      oldestDueDate: z.string(),
    }),
  ),
});
export type GovernanceReport = z.infer<typeof governanceReportSchema>;
