import { z } from 'zod';

import { defineEvent } from '../define-event';
import { partnerCategory } from './values';

export const opportunityDecided = defineEvent({
  service: 'pipeline',
  aggregate: 'opportunity',
  name: 'decided',
  version: 1,
  summary:
    'A partnership opportunity was decided, go or no-go, with its rationale; on go, the contracts service registers the partner in onboarding (once, however often the event arrives).',
  schema: z.strictObject({
    opportunityId: z.uuid(),
    entityId: z.string(),
    counterparty: z.string().min(1),
    proposedCategory: partnerCategory,
    sponsorUsername: z.string().nullable(),
    description: z.string(),
    decision: z.enum(['go', 'no_go']),
    rationale: z.string(),
    recommendation: z.enum(['go', 'no_go', 'executive_judgement']).nullable(),
    overridden: z.boolean().describe('Decided against the recommendation, with a reason'),
    decidedBy: z.string(),
  }),
});
