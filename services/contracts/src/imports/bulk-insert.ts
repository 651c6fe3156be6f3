import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { copyRows } from '@pn/persistence';

import type { ContractRow } from './contract-rows';
import type { PartnerRow } from './partner-rows';

// Rows per statement: large enough to amortise round trips, small enough to bound memory.
const CHUNK = 5_000;

/**
 * Inserts imported partners with one `INSERT … SELECT FROM unnest(arrays)` per chunk: one
 * parameter per column rather than per cell. Returns the new ids in row order.
 */
export async function insertPartners(
  manager: EntityManager,
  entityId: string,
  batchId: string,
  createdBy: string,
  rows: readonly PartnerRow[],
): Promise<string[]> {
  const ids = rows.map(() => randomUUID());
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const column = <T>(pick: (row: PartnerRow) => T) => chunk.map(pick);
    await manager.query(
      `INSERT INTO partner (id, entity_id, legal_name, category, status, capabilities,
         owner_username, sponsor_username, crm_id, erp_id, external_ref, import_batch_id, created_by)
       SELECT id, $2, legal_name, category, status, string_to_array(capabilities, ';'),
         owner_username, sponsor_username, crm_id, erp_id, external_ref, $3, $4
       FROM unnest($1::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
         $10::text[], $11::text[], $12::text[], $13::text[])
         AS t (id, legal_name, category, status, capabilities, owner_username, sponsor_username,
           crm_id, erp_id, external_ref)`,
      [
        ids.slice(start, start + CHUNK),
        entityId,
        batchId,
        createdBy,
        column((row) => row.legalName),
        column((row) => row.category),
        column((row) => row.status),
        column((row) => row.capabilities.join(';')),
        column((row) => row.ownerUsername),
        column((row) => row.sponsorUsername),
        column((row) => row.crmId),
        column((row) => row.erpId),
        column((row) => row.externalRef),
      ],
    );
  }

  return ids;
}

/** Imported contracts arrive as drafts: none is in force until its activation is approved. */
export async function insertContracts(
  manager: EntityManager,
  entityId: string,
  batchId: string,
  createdBy: string,
  rows: readonly (ContractRow & { partnerId: string })[],
): Promise<string[]> {
  const ids = rows.map(() => randomUUID());
  // COPY rather than INSERT: a registry migration brings tens of thousands of contracts.
  await copyRows(
    manager,
    'contract',
    [
      'id',
      'entity_id',
      'partner_id',
      'status',
      'external_ref',
      'import_batch_id',
      'created_by',
      'terms',
      'title',
      'contract_type',
      'counterparty_legal_name',
      'effective_date',
      'initial_term_months',
      'end_date',
      'renewal_type',
      'renewal_term_months',
      'notice_days',
      'termination_notice_days',
    ],
    rows.map(({ partnerId, externalRef, terms }, index) => [
      ids[index],
      entityId,
      partnerId,
      'draft',
      externalRef,
      batchId,
      createdBy,
      JSON.stringify(terms),
      terms.title,
      terms.contractType,
      terms.counterpartyLegalName,
      terms.effectiveDate,
      terms.initialTermMonths,
      terms.endDate,
      terms.renewalType,
      terms.renewalTermMonths,
      terms.noticeDays,
      terms.terminationNoticeDays,
    ]),
  );

  return ids;
}
