import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, type EntityManager } from 'typeorm';

import { type Caller, canSeeEntity, entityNotFound, requireRole, type Role } from '@pn/auth';
import {
  IMPORT_COLUMNS,
  IMPORT_MAX_REPORTED_ERRORS,
  IMPORT_MAX_ROWS,
  type ImportKind,
  type ImportReport,
  type RunImport,
} from '@pn/contracts-api';
import { type CsvRow, ImportProblems, readCsv } from '@pn/csv';
import { DomainError } from '@pn/errors';
import { contractCreated, partnerCreated } from '@pn/events';
import { appendManyToOutbox, BlobTransfer, OutboxRelay } from '@pn/messaging';
import { runWithLogContext } from '@pn/observability';

import { appendAudit } from '../audit/audit-trail';
import { entityTimeZone } from '../legal-entities/entity-time-zone';
import { insertContracts, insertPartners } from './bulk-insert';
import { type ContractRow, contractRows } from './contract-rows';
import { ImportBatch } from './import-batch.entity';
import { type PartnerRow, partnerRows } from './partner-rows';

const IMPORTERS: Record<ImportKind, readonly Role[]> = {
  partners: ['admin', 'executive', 'strategy'],
  // Contract terms in the file are legal's terms (ownership rules of the contract model).
  contracts: ['legal'],
};

interface Checked<R> {
  rows: number;
  fresh: R[];
  alreadyImported: number;
}

/**
 * CSV import of partners and contracts. A dry run checks and reports; a commit writes
 * every new row in one transaction or, if any row is invalid, nothing at all. Rows whose
 * external_ref is already in the entity are left alone, so importing a file twice adds
 * nothing the second time.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transfer: BlobTransfer,
    private readonly relay: OutboxRelay,
  ) {}

  async run(caller: Caller, command: RunImport): Promise<ImportReport> {
    requireRole(caller, IMPORTERS[command.kind]);
    if (!canSeeEntity(caller, command.entityId)) {
      throw entityNotFound(command.entityId);
    }
    const bytes = await this.transfer.takeUpload(command.transferName, command.sha256);
    const problems = new ImportProblems(IMPORT_MAX_REPORTED_ERRORS);
    const csv = readCsv(bytes, IMPORT_COLUMNS[command.kind], problems, IMPORT_MAX_ROWS);
    const checked =
      command.kind === 'partners'
        ? await this.checkPartners(command.entityId, csv, problems)
        : await this.checkContracts(command.entityId, csv, problems);
    const report: ImportReport = {
      kind: command.kind,
      entityId: command.entityId,
      dryRun: command.dryRun,
      committed: false,
      batchId: null,
      rows: checked.rows,
      created: checked.fresh.length,
      alreadyImported: checked.alreadyImported,
      invalidRows: problems.invalidRows,
      errors: problems.listed,
      errorsOmitted: problems.omitted,
    };
    if (command.dryRun) {
      return report;
    }
    if (problems.any) {
      throw DomainError.validation(
        `import refused: ${problems.invalidRows} invalid rows; nothing was written`,
        { report },
      );
    }
    const batchId = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(ImportBatch, {
        id: batchId,
        entityId: command.entityId,
        kind: command.kind,
        fileSha256: command.sha256,
        rows: report.rows,
        created: report.created,
        alreadyImported: report.alreadyImported,
        importedBy: caller.username,
      });
      if (command.kind === 'partners') {
        await this.writePartners(
          manager,
          caller,
          command.entityId,
          batchId,
          checked.fresh as PartnerRow[],
        );
      } else {
        await this.writeContracts(
          manager,
          caller,
          command.entityId,
          batchId,
          checked.fresh as ContractRow[],
        );
      }
      await appendAudit(manager, {
        entityId: command.entityId,
        caller,
        action: `${command.kind}.import`,
        aggregateType: 'import_batch',
        aggregateId: batchId,
        before: null,
        after: {
          fileSha256: command.sha256,
          rows: report.rows,
          created: report.created,
          alreadyImported: report.alreadyImported,
        },
      });
    });
    this.relay.notify();
    runWithLogContext({ entityId: command.entityId }, () =>
      this.logger.log(
        `${command.kind} import ${batchId}: ${report.created} created, ${report.alreadyImported} already present`,
      ),
    );

    return { ...report, committed: true, batchId };
  }

  private async checkPartners(
    entityId: string,
    csv: CsvRow[],
    problems: ImportProblems,
  ): Promise<Checked<PartnerRow>> {
    const rows = partnerRows(csv, problems);
    const existing = await this.dataSource.query<
      {
        external_ref: string | null;
        legal_name: string;
        crm_id: string | null;
        erp_id: string | null;
      }[]
    >('SELECT external_ref, legal_name, crm_id, erp_id FROM partner WHERE entity_id = $1', [
      entityId,
    ]);
    const known = new Set(existing.map((partner) => partner.external_ref));
    const fresh = rows.filter((row) => !known.has(row.externalRef));
    // New rows must not collide with other partners on the keys that are unique per entity.
    const taken = {
      legal_name: new Set(existing.map((partner) => partner.legal_name)),
      crm_id: new Set(existing.map((partner) => partner.crm_id)),
      erp_id: new Set(existing.map((partner) => partner.erp_id)),
    };
    const valid = fresh.filter((row) => {
      let ok = true;
      for (const [column, value] of [
        ['legal_name', row.legalName],
        ['crm_id', row.crmId],
        ['erp_id', row.erpId],
      ] as const) {
        if (value !== null && taken[column].has(value)) {
          problems.add(
            row.line,
            column,
            `"${value}" is already used by another partner of ${entityId}`,
          );
          ok = false;
        }
        if (value !== null) {
          taken[column].add(value);
        }
      }

      return ok;
    });

    return { rows: csv.length, fresh: valid, alreadyImported: rows.length - fresh.length };
  }

  private async checkContracts(
    entityId: string,
    csv: CsvRow[],
    problems: ImportProblems,
  ): Promise<Checked<ContractRow>> {
    const partners = await this.dataSource.query<{ external_ref: string; legal_name: string }[]>(
      'SELECT external_ref, legal_name FROM partner WHERE entity_id = $1 AND external_ref IS NOT NULL',
      [entityId],
    );
    const rows = contractRows(
      csv,
      new Map(partners.map((partner) => [partner.external_ref, partner.legal_name])),
      problems,
    );
    const existing = await this.dataSource.query<{ external_ref: string }[]>(
      'SELECT external_ref FROM contract WHERE entity_id = $1 AND external_ref = ANY ($2)',
      [entityId, rows.map((row) => row.externalRef)],
    );
    const known = new Set(existing.map((contract) => contract.external_ref));
    const fresh = rows.filter((row) => !known.has(row.externalRef));

    return { rows: csv.length, fresh, alreadyImported: rows.length - fresh.length };
  }

  private async writePartners(
    manager: EntityManager,
    caller: Caller,
    entityId: string,
    batchId: string,
    rows: PartnerRow[],
  ): Promise<void> {
    const ids = await insertPartners(manager, entityId, batchId, caller.subject, rows);
    await appendManyToOutbox(
      manager,
      partnerCreated,
      rows.map((row, index) => ({
        payload: {
          partnerId: ids[index],
          entityId,
          legalName: row.legalName,
          category: row.category,
          status: row.status,
          capabilities: row.capabilities,
          ownerUsername: row.ownerUsername,
          sponsorUsername: row.sponsorUsername,
          strategic: false,
          crmId: row.crmId,
          erpId: row.erpId,
          originOpportunityId: null,
        },
        meta: { entityId, subject: ids[index] },
      })),
    );
  }

  private async writeContracts(
    manager: EntityManager,
    caller: Caller,
    entityId: string,
    batchId: string,
    rows: ContractRow[],
  ): Promise<void> {
    const partners = await manager.query<
      { id: string; external_ref: string; legal_name: string; category: string }[]
    >(
      'SELECT id, external_ref, legal_name, category FROM partner WHERE entity_id = $1 AND external_ref = ANY ($2)',
      [entityId, [...new Set(rows.map((row) => row.partnerRef))]],
    );
    const byRef = new Map(partners.map((partner) => [partner.external_ref, partner]));
    const placed = rows.map((row) => ({ ...row, partnerId: byRef.get(row.partnerRef)?.id ?? '' }));
    const ids = await insertContracts(manager, entityId, batchId, caller.subject, placed);
    const timeZone = await entityTimeZone(manager, entityId);
    await appendManyToOutbox(
      manager,
      contractCreated,
      rows.map((row, index) => {
        const partner = byRef.get(row.partnerRef);

        return {
          payload: {
            contractId: ids[index],
            partnerId: partner?.id ?? '',
            partnerName: partner?.legal_name ?? '',
            partnerCategory: partner?.category as never,
            entityId,
            entityTimeZone: timeZone,
            title: row.terms.title,
          },
          meta: { entityId, subject: ids[index] },
        };
      }),
    );
  }
}
