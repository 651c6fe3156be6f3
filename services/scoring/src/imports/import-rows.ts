import type { z } from 'zod';

import type { CsvRow, ImportProblems } from '@pn/csv';
import {
  type RecordFinancials,
  recordFinancialsSchema,
  type RecordKpis,
  recordKpisSchema,
  type ScoringImportKind,
} from '@pn/scoring-api';

export type ImportedRow =
  | { kind: 'financials'; line: number; partnerId: string; input: RecordFinancials }
  | { kind: 'kpis'; line: number; partnerId: string; input: RecordKpis };

// Where each field of the API body comes from in the file, to name the column at fault.
const COLUMN_OF: Record<string, string> = {
  period: 'period',
  'revenue.amountMinor': 'revenue_minor',
  'revenue.currency': 'currency',
  'cost.amountMinor': 'cost_minor',
  'cost.currency': 'currency',
  slaAttainmentPct: 'sla_attainment_pct',
  incidents: 'incidents',
  responseHours: 'response_hours',
  responseTargetHours: 'response_target_hours',
  source: 'source',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cell as a number, or NaN (which the schema names) when it is not one. */
const numberOf = (cell: string) => (cell.trim() === '' ? Number.NaN : Number(cell));

/**
 * Checks each row of an import file with the same schema the API applies to one input,
 * naming the line and the column of every problem. Rows with a problem are left out.
 */
export function importedRows(
  kind: ScoringImportKind,
  csv: readonly CsvRow[],
  problems: ImportProblems,
): ImportedRow[] {
  return csv.flatMap(({ line, values }): ImportedRow[] => {
    const partnerId = values.partner_id.toLowerCase();
    if (!UUID.test(partnerId)) {
      problems.add(line, 'partner_id', 'must be the id of a partner (a UUID)');
    }
    const source = values.source?.trim() || 'csv';
    const parsed: z.ZodSafeParseResult<RecordFinancials | RecordKpis> =
      kind === 'financials'
        ? recordFinancialsSchema.safeParse({
            period: values.period,
            revenue: { amountMinor: numberOf(values.revenue_minor), currency: values.currency },
            cost: { amountMinor: numberOf(values.cost_minor), currency: values.currency },
            source,
          })
        : recordKpisSchema.safeParse({
            period: values.period,
            slaAttainmentPct: numberOf(values.sla_attainment_pct),
            incidents: numberOf(values.incidents),
            responseHours: numberOf(values.response_hours),
            responseTargetHours: numberOf(values.response_target_hours),
            source,
          });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        problems.add(line, COLUMN_OF[path] ?? path, issue.message);
      }
    }
    if (!parsed.success || !UUID.test(partnerId)) {
      return [];
    }

    return kind === 'financials'
      ? [{ kind, line, partnerId, input: parsed.data as RecordFinancials }]
      : [{ kind, line, partnerId, input: parsed.data as RecordKpis }];
  });
}
