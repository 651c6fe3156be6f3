import { z } from 'zod';

import { pageOf, pageQuery } from './page';
import { partnerStatus } from './partner-lifecycle';
import { booleanParam, entityCode, partnerCategory, reason, shortText, username } from './values';

/** The brief's three tests of a strategic relationship (section 2). */
export const strategicTest = z.enum([
  'revenue_continuity',
  'regulatory_or_operational_viability',
  'competitive_positioning',
]);

/** Why the relationship is strategic: at least one of the tests, and the reasoning. */
export const strategicDesignation = z.strictObject({
  tests: z.array(strategicTest).min(1).max(3),
  rationale: z.string().trim().min(10, 'must explain the designation').max(2000),
});

/** What a partner provides, e.g. `ltl-freight`; scoring finds backup partners by these. */
export const capabilityTag = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be a lower-case tag such as ltl-freight');

const externalId = z.string().trim().min(1).max(100);

const partnerFields = {
  legalName: shortText,
  category: partnerCategory,
  capabilities: z.array(capabilityTag).max(50),
  ownerUsername: username.nullable(),
  sponsorUsername: username.nullable(),
  strategic: strategicDesignation.nullable(),
  crmId: externalId.nullable(),
  erpId: externalId.nullable(),
};

export const createPartnerSchema = z.strictObject({
  entityId: entityCode,
  legalName: partnerFields.legalName,
  category: partnerFields.category,
  capabilities: partnerFields.capabilities.default([]),
  ownerUsername: partnerFields.ownerUsername.default(null),
  sponsorUsername: partnerFields.sponsorUsername.default(null),
  strategic: partnerFields.strategic.default(null),
  crmId: partnerFields.crmId.default(null),
  erpId: partnerFields.erpId.default(null),
});
export type CreatePartner = z.infer<typeof createPartnerSchema>;

export const updatePartnerSchema = z
  .strictObject(partnerFields)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field');
export type UpdatePartner = z.infer<typeof updatePartnerSchema>;

export const changePartnerStatusSchema = z.strictObject({ status: partnerStatus, reason });
export type ChangePartnerStatus = z.infer<typeof changePartnerStatusSchema>;

export const listPartnersQuery = z.strictObject({
  ...pageQuery,
  entityId: entityCode.optional(),
  category: partnerCategory.optional(),
  status: partnerStatus.optional(),
  owner: username.optional(),
  sponsor: username.optional(),
  strategic: booleanParam.optional(),
  capability: capabilityTag.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Text in the legal name'),
  sort: z.enum(['legalName', 'createdAt', 'updatedAt']).default('legalName'),
});
export type ListPartnersQuery = z.infer<typeof listPartnersQuery>;

export const partnerSchema = z.strictObject({
  id: z.uuid(),
  entityId: z.string(),
  legalName: z.string(),
  category: partnerCategory,
  status: partnerStatus,
  capabilities: z.array(z.string()),
  ownerUsername: z.string().nullable(),
  sponsorUsername: z.string().nullable(),
  strategic: strategicDesignation.nullable(),
  crmId: z.string().nullable(),
  erpId: z.string().nullable(),
  originOpportunityId: z
    .uuid()
    .nullable()
    .describe('The pipeline opportunity whose go decision brought the partner in'),
  sponsorLastInteractionOn: z
    .string()
    .nullable()
    .describe("Date of the executive sponsor's latest logged interaction (relationship decay)"),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PartnerView = z.infer<typeof partnerSchema>;

export const partnerPageSchema = pageOf(partnerSchema);

export const partnerStatusChangeSchema = z.strictObject({
  from: partnerStatus,
  to: partnerStatus,
  reason: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
});
