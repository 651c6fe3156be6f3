import { Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, canSeeEntity, entityNotFound } from '@pn/auth';
import type { GovernanceReport } from '@pn/contracts-api';

interface PartnerRow {
  id: string;
  entity_id: string;
  legal_name: string;
  category: string;
  status: string;
}

/**
 * The "no undocumented agreements" report. Each list is one query over the registry,
 * limited to the entities the caller may see.
 */
@Injectable()
export class GovernanceService {
  constructor(private readonly dataSource: DataSource) {}

  async report(caller: Caller, entityId?: string): Promise<GovernanceReport> {
    if (entityId !== undefined && !canSeeEntity(caller, entityId)) {
      throw entityNotFound(entityId);
    }
    const entities = entityId ? [entityId] : caller.entities;
    const [unsigned, unowned, overdue] = await Promise.all([
      this.dataSource.query<PartnerRow[]>(
        `SELECT p.id, p.entity_id, p.legal_name, p.category, p.status FROM partner p
         WHERE p.entity_id = ANY ($1) AND p.status = 'active'
           AND NOT EXISTS (
             SELECT 1 FROM contract c
             JOIN contract_document d ON d.contract_id = c.id AND d.kind = 'signed_agreement'
             WHERE c.partner_id = p.id AND c.status = 'active')
         ORDER BY p.entity_id, p.legal_name`,
        [entities],
      ),
      this.dataSource.query<(PartnerRow & { owner_username: string; sponsor_username: string })[]>(
        `SELECT p.id, p.entity_id, p.legal_name, p.category, p.status, p.owner_username,
                p.sponsor_username
         FROM partner p
         WHERE p.entity_id = ANY ($1) AND p.status <> 'exited'
           AND (p.owner_username IS NULL OR p.sponsor_username IS NULL)
         ORDER BY p.entity_id, p.legal_name`,
        [entities],
      ),
      this.dataSource.query<
        {
          id: string;
          entity_id: string;
          title: string;
          legal_name: string;
          overdue: number;
          oldest: string;
        }[]
      >(
        `SELECT c.id, c.entity_id, c.title, p.legal_name, count(*)::int AS overdue,
                min(o.due_date)::text AS oldest
         FROM obligation o
         JOIN contract c ON c.id = o.contract_id
         JOIN partner p ON p.id = c.partner_id
         JOIN legal_entity e ON e.id = o.entity_id
         WHERE o.entity_id = ANY ($1) AND o.status = 'upcoming'
           AND o.due_date < (now() AT TIME ZONE e.time_zone)::date
         GROUP BY c.id, c.entity_id, c.title, p.legal_name
         ORDER BY min(o.due_date), c.id`,
        [entities],
      ),
    ]);

    return {
      generatedAt: new Date().toISOString(),
      entities,
      activePartnersWithoutSignedContract: unsigned.map(partnerRef),
      partnersWithoutOwnerOrSponsor: unowned.map((row) => ({
        ...partnerRef(row),
        missing: [
          ...(row.owner_username ? [] : ['owner' as const]),
          ...(row.sponsor_username ? [] : ['sponsor' as const]),
        ],
      })),
      contractsWithOverdueObligations: overdue.map((row) => ({
        contractId: row.id,
        entityId: row.entity_id,
        title: row.title,
        partnerName: row.legal_name,
        overdueObligations: row.overdue,
        oldestDueDate: row.oldest,
      })),
    };
  }
}

function partnerRef(row: PartnerRow) {
  return {
    partnerId: row.id,
    entityId: row.entity_id,
    legalName: row.legal_name,
    category: row.category,
    status: row.status,
  };
}
