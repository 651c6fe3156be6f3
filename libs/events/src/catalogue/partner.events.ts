import { z } from 'zod';

import { defineEvent } from '../define-event';
import { calendarDate, partnerCategory } from './values';

/**
 * The whole relationship as it stands after the change, so a consumer keeps its
 * projection from events alone and never has to ask the contracts service.
 */
export const partnerSnapshot = z.strictObject({
  partnerId: z.uuid(),
  entityId: z.string(),
  legalName: z.string().min(1),
  category: partnerCategory,
  status: z.enum(['prospect', 'onboarding', 'active', 'under_review', 'exiting', 'exited']),
  capabilities: z.array(z.string()),
  ownerUsername: z.string().nullable(),
  sponsorUsername: z.string().nullable(),
  strategic: z.boolean(),
  crmId: z.string().nullable(),
  erpId: z.string().nullable(),
  originOpportunityId: z
    .uuid()
    .nullable()
    .describe('The pipeline opportunity whose go decision brought the partner in'),
});
export type PartnerSnapshot = z.infer<typeof partnerSnapshot>;

export const partnerCreated = defineEvent({
  service: 'contracts',
  aggregate: 'partner',
  name: 'created',
  version: 1,
  summary: 'A partner relationship was registered for one of the legal entities.',
  schema: partnerSnapshot,
});

export const partnerUpdated = defineEvent({
  service: 'contracts',
  aggregate: 'partner',
  name: 'updated',
  version: 1,
  summary:
    'Details of a relationship changed (name, category, capabilities, owner, sponsor, designation, ids).',
  schema: partnerSnapshot.extend({ changedFields: z.array(z.string()).min(1) }),
});

export const partnerStatusChanged = defineEvent({
  service: 'contracts',
  aggregate: 'partner',
  name: 'status_changed',
  version: 1,
  summary: 'A relationship moved through its lifecycle (prospect … exited), with the reason.',
  schema: partnerSnapshot.extend({
    previousStatus: partnerSnapshot.shape.status,
    reason: z.string(),
  }),
});

export const partnerInteractionLogged = defineEvent({
  service: 'contracts',
  aggregate: 'partner',
  name: 'interaction_logged',
  version: 1,
  summary:
    'A meeting, call, email or review with a partner was logged; carries whether the executive sponsor took part.',
  schema: z.strictObject({
    interactionId: z.uuid(),
    partnerId: z.uuid(),
    entityId: z.string(),
    kind: z.enum(['meeting', 'call', 'email', 'review']),
    occurredOn: calendarDate,
    participants: z.array(z.string()),
    sponsorTookPart: z.boolean(),
  }),
});
