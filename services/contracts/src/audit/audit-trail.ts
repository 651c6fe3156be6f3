import type { EntityManager } from 'typeorm';

import type { Caller } from '@pn/auth';
import { currentLogContext, currentTraceId } from '@pn/observability';

import { auditHash, GENESIS_HASH, type HashedAuditFields } from './audit-hash';

export interface AuditEntry {
  entityId: string;
  caller: Caller;
  /** What was done, e.g. `contract.amendment.approve`. */
  action: string;
  aggregateType: string;
  aggregateId: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
}

/**
 * Appends to the entity's audit chain inside the caller's transaction, so the record and
 * the change it describes commit together or not at all. Appends for one entity are
 * serialised by a transaction-scoped advisory lock: two concurrent writers would otherwise
 * both link to the same predecessor and fork the chain.
 */
export async function appendAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `pn.audit.${entry.entityId}`,
  ]);
  const [last] = await manager.query<{ hash: string }[]>(
    'SELECT hash FROM audit_record WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1',
    [entry.entityId],
  );
  const fields: HashedAuditFields = {
    entityId: entry.entityId,
    // Milliseconds survive timestamptz exactly, so the time re-hashes to the same value.
    occurredAt: new Date().toISOString(),
    actor: entry.caller.subject,
    actorUsername: entry.caller.username,
    action: entry.action,
    aggregateType: entry.aggregateType,
    aggregateId: entry.aggregateId,
    before: plainJson(entry.before),
    after: plainJson(entry.after),
    reason: entry.reason ?? null,
    requestId: currentLogContext().requestId ?? null,
    traceId: currentTraceId() ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await manager.query(
    `INSERT INTO audit_record (entity_id, occurred_at, actor, actor_username, action,
       aggregate_type, aggregate_id, before, after, reason, request_id, trace_id, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      fields.entityId,
      fields.occurredAt,
      fields.actor,
      fields.actorUsername,
      fields.action,
      fields.aggregateType,
      fields.aggregateId,
      JSON.stringify(fields.before),
      JSON.stringify(fields.after),
      fields.reason,
      fields.requestId,
      fields.traceId,
      fields.prevHash,
      auditHash(fields),
    ],
  );
}

/** Dates become ISO strings and undefined disappears, exactly as the jsonb column keeps them. */
function plainJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
