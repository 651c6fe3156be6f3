import { z } from 'zod';

import { pageQuery } from './page';
import { entityCode } from './values';

export const auditRecordSchema = z.strictObject({
  seq: z.number().int(),
  entityId: z.string(),
  occurredAt: z.string(),
  actor: z.string(),
  actorUsername: z.string(),
  action: z.string(),
  aggregateType: z.string(),
  aggregateId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  traceId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditRecordView = z.infer<typeof auditRecordSchema>;

export const listAuditQuery = z.strictObject({
  entityId: entityCode,
  aggregateId: z.string().max(100).optional(),
  limit: pageQuery.limit,
  cursor: pageQuery.cursor,
});

export const verifyAuditQuery = z.strictObject({ entityId: entityCode });

export const auditVerificationSchema = z.strictObject({
  entityId: z.string(),
  records: z.number().int(),
  valid: z.boolean(),
  headHash: z.string().nullable(),
  firstBroken: z
    .strictObject({ seq: z.number().int(), problem: z.string() })
    .nullable()
    .describe('The earliest record whose content or link does not match its hash'),
});
