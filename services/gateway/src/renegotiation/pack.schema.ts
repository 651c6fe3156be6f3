import { z } from 'zod';

import { decisionSchema } from '@pn/alerts-api';
import { contractSchema, obligationSchema } from '@pn/contracts-api';
import { renegotiationViewSchema } from '@pn/scoring-api';

/** The renegotiation pack as the API returns it; each part is the owning service's own view. */
export const renegotiationPackSchema = z.strictObject({
  generatedAt: z.string(),
  contract: contractSchema,
  renewal: z
    .looseObject({
      actionDeadline: z.string(),
      daysToActionDeadline: z.number().int(),
      daysToTermEnd: z.number().int(),
      decision: z.string().nullable(),
    })
    .nullable()
    .describe('Key dates and countdown (as GET /renewals); null unless the contract is in force'),
  obligations: z.strictObject({
    met: z.number().int(),
    missed: z.number().int(),
    waived: z.number().int(),
    upcoming: z.number().int(),
    overdue: z.number().int(),
    missedItems: z.array(obligationSchema),
  }),
  decisions: z.array(decisionSchema).describe('Past renewal decisions, oldest first'),
  relationship: renegotiationViewSchema
    .nullable()
    .describe(
      'Scores and trend, dependency, backups and open risks; null before scoring knows the partner',
    ),
});
export type RenegotiationPack = z.infer<typeof renegotiationPackSchema>;
