import { randomUUID } from 'node:crypto';

import type { CopyCell } from '@pn/persistence';
import type { ScoringImportKind } from '@pn/scoring-api';

import type { ImportedRow } from './import-rows';

/** How an imported row is stored: the same table and columns as an input given through the API. */
export function inputColumns(kind: ScoringImportKind): {
  table: string;
  columns: string[];
  cells: (row: ImportedRow, entityId: string, suppliedBy: string) => CopyCell[];
} {
  return kind === 'financials'
    ? {
        table: 'financial_input',
        columns: [
          'id',
          'partner_id',
          'entity_id',
          'period',
          'revenue_minor',
          'cost_minor',
          'currency',
          'source',
          'supplied_by',
        ],
        cells: (row, entityId, suppliedBy) => {
          if (row.kind !== 'financials') {
            throw new Error('a KPI row in a financials import');
          }

          return [
            randomUUID(),
            row.partnerId,
            entityId,
            row.input.period,
            row.input.revenue.amountMinor,
            row.input.cost.amountMinor,
            row.input.revenue.currency,
            row.input.source,
            suppliedBy,
          ];
        },
      }
    : {
        table: 'kpi_input',
        columns: [
          'id',
          'partner_id',
          'entity_id',
          'period',
          'sla_attainment_pct',
          'incidents',
          'response_hours',
          'response_target_hours',
          'source',
          'supplied_by',
        ],
        cells: (row, entityId, suppliedBy) => {
          if (row.kind !== 'kpis') {
            throw new Error('a financials row in a KPI import');
          }

          return [
            randomUUID(),
            row.partnerId,
            entityId,
            row.input.period,
            row.input.slaAttainmentPct,
            row.input.incidents,
            row.input.responseHours,
            row.input.responseTargetHours,
            row.input.source,
            suppliedBy,
          ];
        },
      };
}
