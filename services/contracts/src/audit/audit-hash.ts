import { createHash } from 'node:crypto';

/** The hash the first record of each entity's chain links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a record's hash covers: everything it says, and the hash of the record before it. */
export interface HashedAuditFields {
  entityId: string;
  occurredAt: string;
  actor: string;
  actorUsername: string;
  action: string;
  aggregateType: string;
  aggregateId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
  traceId: string | null;
  prevHash: string;
}

/**
 * JSON with object keys sorted at every level. Postgres `jsonb` does not keep key order,
 * so a hash over plain JSON.stringify would not survive a round trip through the table.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export function auditHash(fields: HashedAuditFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}
