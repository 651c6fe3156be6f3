import { Injectable, Logger } from '@nestjs/common';

import { DataSource, type EntityManager } from 'typeorm';

import { type Caller, requireRole, type Role, visibleEntities } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { ImportProblems, readCsv } from '@pn/csv';
import { DomainError } from '@pn/errors';
import { BlobTransfer, OutboxRelay } from '@pn/messaging';
import { copyRows } from '@pn/persistence';
import {
  type RunScoringImport,
  SCORING_IMPORT_COLUMNS,
  SCORING_IMPORT_MAX_REPORTED_ERRORS,
  SCORING_IMPORT_MAX_ROWS,
  type ScoringImportKind,
  type ScoringImportReport,
} from '@pn/scoring-api';

import { latestReportableMonth } from '../inputs/reportable-month';
import { rescoreMany } from '../scores/rescore';
import { type ImportedRow, importedRows } from './import-rows';
import { inputColumns } from './input-columns';

const IMPORTERS: Record<ScoringImportKind, readonly Role[]> = {
  financials: ['finance', 'admin'],
  kpis: ['operations', 'admin'],
};
// Partners rescored per statement batch once the rows are in.
const RESCORE_BATCH = 1_000;

/**
 * Financial figures and KPIs from a CSV file: every row checked as the API checks one input
 * (plus partners of the caller's entities only, months that have begun, one currency per
 * file and per entity), then all rows written and their partners rescored in one
 * transaction, or nothing. A dry run only reports.
 */
@Injectable()
export class ScoringImportsService {
  private readonly logger = new Logger(ScoringImportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transfer: BlobTransfer,
    private readonly relay: OutboxRelay,
  ) {}

  async run(caller: Caller, command: RunScoringImport): Promise<ScoringImportReport> {
    requireRole(caller, IMPORTERS[command.kind]);
    const bytes = await this.transfer.takeUpload(command.transferName, command.sha256);
    const problems = new ImportProblems(SCORING_IMPORT_MAX_REPORTED_ERRORS);
    const csv = readCsv(
      bytes,
      SCORING_IMPORT_COLUMNS[command.kind],
      problems,
      SCORING_IMPORT_MAX_ROWS,
    );
    const rows = importedRows(command.kind, csv, problems);
    const entityOf = await this.checkPartners(caller, rows, problems);
    this.checkPeriods(rows, problems);
    if (command.kind === 'financials') {
      await this.checkCurrencies(rows, entityOf, problems);
    }
    const partners = new Set(rows.map((row) => row.partnerId));
    const report: ScoringImportReport = {
      kind: command.kind,
      dryRun: command.dryRun,
      committed: false,
      rows: csv.length,
      partners: partners.size,
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
    const started = performance.now();
    await this.dataSource.transaction(async (manager) => {
      await this.write(manager, command.kind, rows, entityOf, caller.username);
      const ids = [...partners];
      for (let index = 0; index < ids.length; index += RESCORE_BATCH) {
        await rescoreMany(
          manager,
          ids.slice(index, index + RESCORE_BATCH),
          command.kind,
          todayIn('UTC'),
        );
      }
    });
    this.relay.notify();
    this.logger.log(
      `${command.kind} import by ${caller.username}: ${rows.length} rows, ${partners.size} partners rescored in ${Math.round(performance.now() - started)} ms`,
    );

    return { ...report, committed: true };
  }

  /** Every partner must be one of the caller's; returns each partner's entity. */
  private async checkPartners(
    caller: Caller,
    rows: readonly ImportedRow[],
    problems: ImportProblems,
  ): Promise<Map<string, string>> {
    const found = await this.dataSource.query<{ partner_id: string; entity_id: string }[]>(
      'SELECT partner_id, entity_id FROM scored_partner WHERE partner_id = ANY($1) AND entity_id = ANY($2)',
      [[...new Set(rows.map((row) => row.partnerId))], visibleEntities(caller)],
    );
    const entityOf = new Map(found.map((row) => [row.partner_id, row.entity_id]));
    for (const row of rows.filter((candidate) => !entityOf.has(candidate.partnerId))) {
      problems.add(row.line, 'partner_id', `no partner ${row.partnerId} in your entities`);
    }

    return entityOf;
  }

  private checkPeriods(rows: readonly ImportedRow[], problems: ImportProblems): void {
    const latest = latestReportableMonth();
    for (const row of rows.filter((candidate) => candidate.input.period > latest)) {
      problems.add(
        row.line,
        'period',
        `${row.input.period} has not begun yet (the latest month that can be reported is ${latest})`,
      );
    }
  }

  /** One currency in the file, and the one each entity already reports in. */
  private async checkCurrencies(
    rows: readonly ImportedRow[],
    entityOf: ReadonlyMap<string, string>,
    problems: ImportProblems,
  ): Promise<void> {
    const currencyOf = (row: ImportedRow) =>
      row.kind === 'financials' ? row.input.revenue.currency : '';
    const first = rows[0];
    for (const row of rows.filter((candidate) => currencyOf(candidate) !== currencyOf(first))) {
      problems.add(
        row.line,
        'currency',
        `the file mixes currencies: ${currencyOf(row)} here, ${currencyOf(first)} on line ${first.line}`,
      );
    }
    const existing = await this.dataSource.query<{ entity_id: string; currency: string }[]>(
      'SELECT DISTINCT entity_id, currency FROM financial_input WHERE entity_id = ANY($1)',
      [[...new Set(entityOf.values())]],
    );
    const entityCurrency = new Map(existing.map((row) => [row.entity_id, row.currency]));
    for (const row of rows) {
      const entityId = entityOf.get(row.partnerId);
      const expected = entityId ? entityCurrency.get(entityId) : undefined;
      if (expected && expected !== currencyOf(row)) {
        problems.add(
          row.line,
          'currency',
          `${entityId} reports its partners' financials in ${expected}, not ${currencyOf(row)}`,
        );
      }
    }
  }

  private async write(
    manager: EntityManager,
    kind: ScoringImportKind,
    rows: readonly ImportedRow[],
    entityOf: ReadonlyMap<string, string>,
    suppliedBy: string,
  ): Promise<void> {
    const { table, columns, cells } = inputColumns(kind);
    await copyRows(
      manager,
      table,
      columns,
      rows.map((row) => cells(row, entityOf.get(row.partnerId)!, suppliedBy)),
    );
  }
}
