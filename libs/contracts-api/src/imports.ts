import { z } from 'zod';

import { booleanParam, entityCode } from './values';

/** Bulk import limits: a large registry fits; an accidental upload of something else does not. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;
/** The report lists this many problems and counts the rest, so 10,000 bad rows stay readable. */
export const IMPORT_MAX_REPORTED_ERRORS = 100;

export const importKind = z.enum(['partners', 'contracts']);
export type ImportKind = z.infer<typeof importKind>;

export const importQuery = z.strictObject({
  entityId: entityCode,
  dryRun: booleanParam.default(true).describe('true (the default) checks and reports only'),
});

export const runImportSchema = z.strictObject({
  kind: importKind,
  entityId: entityCode,
  dryRun: z.boolean(),
  transferName: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type RunImport = z.infer<typeof runImportSchema>;

export const importProblemSchema = z.strictObject({
  line: z.number().int().describe('Line of the file, the header being line 1'),
  field: z.string(),
  problem: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importReportSchema = z.strictObject({
  kind: importKind,
  entityId: z.string(),
  dryRun: z.boolean(),
  committed: z.boolean().describe('True only when every row was valid and the import was written'),
  batchId: z.uuid().nullable(),
  rows: z.number().int(),
  created: z.number().int().describe('Rows new to the registry (written, or to be written)'),
  alreadyImported: z
    .number()
    .int()
    .describe('Rows whose external_ref is already in the registry: left as they are'),
  invalidRows: z.number().int(),
  errors: z.array(importProblemSchema).describe(`At most ${IMPORT_MAX_REPORTED_ERRORS}`),
  errorsOmitted: z.number().int().describe('Problems found beyond those listed'),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** The columns of each file; the header row must name them (order free, extras refused). */
export const IMPORT_COLUMNS: Record<ImportKind, { required: string[]; optional: string[] }> = {
  partners: {
    required: ['external_ref', 'legal_name', 'category'],
    optional: ['status', 'capabilities', 'owner_username', 'sponsor_username', 'crm_id', 'erp_id'],
  },
  contracts: {
    required: [
      'external_ref',
      'partner_ref',
      'title',
      'effective_date',
      'renewal_type',
      'notice_days',
    ],
    optional: [
      'contract_type',
      'counterparty_legal_name',
      'initial_term_months',
      'end_date',
      'renewal_term_months',
      'termination_notice_days',
    ],
  },
};
