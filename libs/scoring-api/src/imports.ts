import { z } from 'zod';

/** Bulk inputs: a year of months for every partner fits; an accidental upload does not. */
export const SCORING_IMPORT_MAX_BYTES = 32 * 1024 * 1024;
export const SCORING_IMPORT_MAX_ROWS = 200_000;
export const SCORING_IMPORT_MAX_REPORTED_ERRORS = 100;

export const scoringImportKind = z.enum(['financials', 'kpis']);
export type ScoringImportKind = z.infer<typeof scoringImportKind>;

/** The columns of each file; the header row must name them (order free, extras refused). */
export const SCORING_IMPORT_COLUMNS: Record<
  ScoringImportKind,
  { required: readonly string[]; optional: readonly string[] }
> = {
  financials: {
    required: ['partner_id', 'period', 'revenue_minor', 'cost_minor', 'currency'],
    optional: ['source'],
  },
  kpis: {
    required: [
      'partner_id',
      'period',
      'sla_attainment_pct',
      'incidents',
      'response_hours',
      'response_target_hours',
    ],
    optional: ['source'],
  },
};

export const scoringImportQuery = z.strictObject({
  dryRun: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')])
    .default(true)
    .describe('true (the default) checks and reports only'),
});

export const runScoringImportSchema = z.strictObject({
  kind: scoringImportKind,
  dryRun: z.boolean(),
  transferName: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type RunScoringImport = z.infer<typeof runScoringImportSchema>;

export const scoringImportReportSchema = z.strictObject({
  kind: scoringImportKind,
  dryRun: z.boolean(),
  committed: z.boolean().describe('True only when every row was valid and the rows were written'),
  rows: z.number().int(),
  partners: z.number().int().describe('Partners the file reports on, rescored when committed'),
  invalidRows: z.number().int(),
  errors: z
    .array(z.strictObject({ line: z.number().int(), field: z.string(), problem: z.string() }))
    .describe(`At most ${SCORING_IMPORT_MAX_REPORTED_ERRORS}`),
  errorsOmitted: z.number().int(),
});
export type ScoringImportReport = z.infer<typeof scoringImportReportSchema>;
