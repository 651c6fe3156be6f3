import { z } from 'zod';

import { contractTermsSchema, termFields } from './contract-terms';
import { pageOf, pageQuery } from './page';
import { calendarDate, entityCode, partnerCategory, renewalType, username } from './values';

export const contractStatus = z.enum(['draft', 'active', 'terminated']);
export type ContractStatus = z.infer<typeof contractStatus>;

const externalRef = z.string().trim().min(1).max(100);

/**
 * A new contract starts as a draft. Legal's core terms are required; every other term may
 * be given by a caller whose function owns it, or filled in later. Fields left out take
 * their defaults in the service, so the service knows which fields the caller wrote.
 */
export const createContractSchema = z.strictObject({
  partnerId: z.uuid(),
  externalRef: externalRef.optional(),
  ...z.strictObject(termFields).partial().shape,
  title: termFields.title,
  effectiveDate: termFields.effectiveDate,
  renewalType: termFields.renewalType,
  noticeDays: termFields.noticeDays,
});
export type CreateContract = z.infer<typeof createContractSchema>;

export const listContractsQuery = z.strictObject({
  ...pageQuery,
  entityId: entityCode.optional(),
  partnerId: z.uuid().optional(),
  category: partnerCategory.optional(),
  status: contractStatus.optional(),
  renewalType: renewalType.optional(),
  owner: username.optional().describe("The partner's relationship owner"),
  sponsor: username.optional().describe("The partner's executive sponsor"),
  q: z.string().trim().min(1).max(100).optional().describe('Text in the title or counterparty'),
  sort: z.enum(['title', 'effectiveDate', 'createdAt', 'updatedAt']).default('createdAt'),
});
export type ListContractsQuery = z.infer<typeof listContractsQuery>;

export const contractSchema = z.strictObject({
  id: z.uuid(),
  entityId: z.string(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  partnerCategory,
  status: contractStatus,
  externalRef: z.string().nullable(),
  currentVersion: z
    .number()
    .int()
    .nullable()
    .describe('Latest approved version; null while the contract is a draft'),
  terms: contractTermsSchema.describe(
    'The draft terms, or the terms of the latest approved version (see /terms for a date)',
  ),
  pendingChangeRequestId: z.uuid().nullable(),
  terminatedOn: calendarDate.nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContractView = z.infer<typeof contractSchema>;

export const contractPageSchema = pageOf(contractSchema);

export const termsAsOfQuery = z.strictObject({ asOf: calendarDate });

export const termsAsOfSchema = z.strictObject({
  contractId: z.uuid(),
  asOf: z.string(),
  inForce: z.boolean().describe('False before the contract took effect or after it ended'),
  terms: contractTermsSchema.nullable(),
  versions: z
    .array(z.number().int())
    .describe('The approved versions whose changes had taken effect on that date'),
});
