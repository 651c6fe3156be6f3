import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { Repository } from 'typeorm';

import { type Caller, canSeeEntity, entityNotFound, requireRole, type Role } from '@pn/auth';
import type { AuditRecordView } from '@pn/contracts-api';

import { auditHash, GENESIS_HASH, type HashedAuditFields } from './audit-hash';
import { AuditRecord } from './audit-record.entity';

const AUDIT_READERS: readonly Role[] = ['auditor', 'admin', 'executive', 'legal'];
const VERIFY_BATCH = 1000;

export interface AuditVerification {
  entityId: string;
  records: number;
  valid: boolean;
  headHash: string | null;
  firstBroken: { seq: number; problem: string } | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditRecord) private readonly records: Repository<AuditRecord>) {}

  async list(
    caller: Caller,
    query: { entityId: string; aggregateId?: string; limit: number; cursor?: string },
  ): Promise<{ items: AuditRecordView[]; nextCursor: string | null }> {
    this.authorise(caller, query.entityId);
    const builder = this.records
      .createQueryBuilder('record')
      .where('record.entity_id = :entityId', { entityId: query.entityId })
      .orderBy('record.seq', 'DESC')
      .limit(query.limit + 1);
    if (query.aggregateId) {
      builder.andWhere('record.aggregate_id = :aggregateId', { aggregateId: query.aggregateId });
    }
    if (query.cursor) {
      builder.andWhere('record.seq < :cursor', { cursor: cursorSeq(query.cursor) });
    }
    const rows = await builder.getMany();
    const items = rows.slice(0, query.limit).map(toView);

    return {
      items,
      nextCursor: rows.length > query.limit ? String(items[items.length - 1].seq) : null,
    };
  }

  /**
   * Re-computes every record's hash from its stored fields and checks each link to the
   * record before it. Any edit of a stored field, a removed or inserted record, or a
   * reordering breaks either a hash or a link.
   */
  async verify(caller: Caller, entityId: string): Promise<AuditVerification> {
    this.authorise(caller, entityId);
    let previous = GENESIS_HASH;
    let records = 0;
    let afterSeq = '0';
    for (;;) {
      const batch = await this.records
        .createQueryBuilder('record')
        .where('record.entity_id = :entityId AND record.seq > :afterSeq', { entityId, afterSeq })
        .orderBy('record.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const record of batch) {
        records += 1;
        const problem = this.problemWith(record, previous);
        if (problem) {
          return {
            entityId,
            records,
            valid: false,
            headHash: null,
            firstBroken: { seq: Number(record.seq), problem },
          };
        }
        previous = record.hash;
      }
      if (batch.length < VERIFY_BATCH) {
        return {
          entityId,
          records,
          valid: true,
          headHash: records ? previous : null,
          firstBroken: null,
        };
      }
      afterSeq = batch[batch.length - 1].seq;
    }
  }

  private problemWith(record: AuditRecord, expectedPrevious: string): string | null {
    if (record.prevHash !== expectedPrevious) {
      return 'does not link to the record before it (a record was removed, added or reordered)';
    }
    const recomputed = auditHash(hashedFieldsOf(record));

    return recomputed === record.hash ? null : 'its content no longer matches its hash';
  }

  private authorise(caller: Caller, entityId: string): void {
    requireRole(caller, AUDIT_READERS);
    if (!canSeeEntity(caller, entityId)) {
      throw entityNotFound(entityId);
    }
  }
}

function cursorSeq(cursor: string): string {
  return /^\d{1,19}$/.test(cursor) ? cursor : '0';
}

/** The stored fields exactly as they were hashed when the record was appended. */
function hashedFieldsOf(record: AuditRecord): HashedAuditFields {
  return {
    entityId: record.entityId,
    occurredAt: record.occurredAt.toISOString(),
    actor: record.actor,
    actorUsername: record.actorUsername,
    action: record.action,
    aggregateType: record.aggregateType,
    aggregateId: record.aggregateId,
    before: record.before,
    after: record.after,
    reason: record.reason,
    requestId: record.requestId,
    traceId: record.traceId,
    prevHash: record.prevHash,
  };
}

function toView(record: AuditRecord): AuditRecordView {
  return { seq: Number(record.seq), ...hashedFieldsOf(record), hash: record.hash };
}
