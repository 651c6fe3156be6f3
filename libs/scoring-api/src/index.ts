import { z } from 'zod';

const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a calendar month YYYY-MM')
  .describe('The calendar month the figures are for');

const money = z.strictObject({
  amountMinor: z
    .number()
    .int('must be whole minor units (cents, pence)')
    .min(0)
    .max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
});

export const partnerParams = z.strictObject({ partnerId: z.uuid() });

export const scoreHistoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Newest first'),
});

export const scoringTasksQuery = z.strictObject({
  partnerId: z.uuid().optional(),
  status: z.enum(['open', 'done']).optional(),
});

/** Revenue the relationship brought and what it cost, for one month. */
export const recordFinancialsSchema = z
  .strictObject({
    period,
    revenue: money.describe('Revenue contribution of the partner in the month'),
    cost: money.describe('What the relationship cost in the month'),
    source: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .default('api')
      .describe('Where the figures come from, e.g. the finance system'),
  })
  .refine((body) => body.revenue.currency === body.cost.currency, {
    message: 'revenue and cost must be in one currency',
    path: ['cost', 'currency'],
  });
export type RecordFinancials = z.infer<typeof recordFinancialsSchema>;

/** Reliability and responsiveness against target, for one month. */
export const recordKpisSchema = z.strictObject({
  period,
  slaAttainmentPct: z.number().min(0).max(100).describe('Share of SLA targets met, percent'),
  incidents: z.number().int().min(0).max(100_000).describe('Incidents the partner caused'),
  responseHours: z.number().positive().max(100_000).describe('Mean response or resolution time'),
  responseTargetHours: z.number().positive().max(100_000).describe('The agreed target for it'),
  source: z.string().trim().min(1).max(100).default('api'),
});
export type RecordKpis = z.infer<typeof recordKpisSchema>;

const rating = z
  .number()
  .int('must be a whole rating')
  .min(1, 'must be from 1 to 5')
  .max(5, 'must be from 1 to 5');

/** An executive's qualitative view of the relationship. */
export const recordAssessmentSchema = z.strictObject({
  optionality: rating.describe('How easily the company could replace or diversify away, 1–5'),
  alignment: rating.describe("How well the partner serves the company's strategy, 1–5"),
  comment: z.string().trim().min(3, 'must say why').max(5000),
});
export type RecordAssessment = z.infer<typeof recordAssessmentSchema>;

export const scoreStatus = z.enum(['green', 'yellow', 'red']);

const categoryScore = z.strictObject({
  score: z.number().nullable(),
  weight: z.number(),
  subScores: z.record(z.string(), z.number().nullable()),
});

export const partnerScoreSchema = z.strictObject({
  id: z.uuid(),
  partnerId: z.uuid(),
  entityId: z.string(),
  partnerCategory: z.string(),
  score: z.number().nullable().describe('0–100; null until any input exists'),
  status: scoreStatus.nullable().describe('green ≥ 70 strengthen, yellow ≥ 50 monitor, red'),
  modelVersion: z.number().int(),
  categories: z.strictObject({
    financial: categoryScore,
    operational: categoryScore,
    strategic: categoryScore,
  }),
  missing: z.array(z.string()).describe('Sub-scores without inputs, left out of the score'),
  inputs: z.record(z.string(), z.unknown()).describe('The figures the score was computed from'),
  window: z.strictObject({ from: z.string(), to: z.string() }),
  trigger: z.string(),
  computedAt: z.string(),
  stale: z.boolean().describe('Computed more than a quarter ago'),
});
export type PartnerScoreView = z.infer<typeof partnerScoreSchema>;

/** The score in force, with what it asks of people. */
export const currentScoreSchema = partnerScoreSchema.extend({
  renegotiationRequired: z
    .boolean()
    .describe('Set when the partner turned red: renegotiation or exit must be planned'),
  staleReasons: z
    .array(z.string())
    .describe('Why the score is stale: older than a quarter, or a quarterly review overdue'),
});

export const scoringTaskSchema = z.strictObject({
  id: z.uuid(),
  partnerId: z.uuid(),
  entityId: z.string(),
  kind: z.enum(['executive_review', 'monitoring']),
  status: z.enum(['open', 'done']),
  reason: z.string(),
  openedAt: z.string(),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
  outcome: z.string().nullable(),
});

export const completeTaskSchema = z.strictObject({
  outcome: z.string().trim().min(3, 'must say what was concluded').max(5000),
});

const categoryWeights = z.strictObject({
  financial: z.number().min(0).max(1),
  operational: z.number().min(0).max(1),
  strategic: z.number().min(0).max(1),
});
const perCategory = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    carrier: value,
    strategic_partner: value,
    vendor: value,
    opportunistic: value,
  });

/** A new version of the scoring model; the service checks that each category's weights add up to 1. */
export const publishModelSchema = z.strictObject({
  weights: perCategory(categoryWeights).describe('Per partner category; each set adds up to 1'),
  thresholds: z
    .strictObject({ green: z.number().min(0).max(100), yellow: z.number().min(0).max(100) })
    .describe('green at or above `green`, yellow at or above `yellow`, red below'),
  categoryPriority: perCategory(z.number().int().min(1).max(100)).describe(
    'How much a partner of each category counts in portfolio aggregates',
  ),
  reason: z.string().trim().min(3, 'must say why').max(2000),
});
export type PublishModel = z.infer<typeof publishModelSchema>;

export const scoringModelSchema = publishModelSchema.extend({
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  rescored: z.number().int().optional().describe('Partners scored again under this version'),
});

export const entityScopeQuery = z.strictObject({
  entityId: z.string().min(1).optional().describe('One of your entities; all of them if absent'),
});

export const concentrationSchema = z.strictObject({
  entityId: z.string(),
  category: z.string(),
  currency: z.string(),
  totalRevenueMinor: z.number().int(),
  partners: z.array(
    z.strictObject({
      partnerId: z.uuid(),
      legalName: z.string(),
      revenueMinor: z.number().int(),
      sharePct: z.number().describe('Percent of the entity and category revenue, 2 decimals'),
    }),
  ),
  hhi: z.number().int().describe('Herfindahl–Hirschman Index: sum of squared % shares, 0–10,000'),
  band: z
    .enum(['highly_concentrated', 'moderately_concentrated', 'not_concentrated'])
    .describe('2023 US merger guidelines: above 1,800 highly; 1,000–1,800 moderately'),
  dominantSharePct: z.number(),
  dominant: z.array(z.uuid()).describe('Partners above the dominant share'),
});

const provider = z.strictObject({
  partnerId: z.uuid(),
  legalName: z.string(),
  score: z.number().nullable(),
});

export const recordDiversificationPlanSchema = z.strictObject({
  entityId: z.string().min(1),
  capability: z.string().trim().min(1).max(60),
  plan: z.string().trim().min(3, 'must say how the capability gets another provider').max(5000),
  ownerUsername: z.string().trim().min(1).max(100),
  targetDate: z.iso.date(),
});
export type RecordDiversificationPlan = z.infer<typeof recordDiversificationPlanSchema>;

export const diversificationPlanSchema = recordDiversificationPlanSchema.extend({
  id: z.uuid(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const capabilityCoverageSchema = z.strictObject({
  entityId: z.string(),
  capabilities: z.array(
    z.strictObject({
      capability: z.string(),
      providers: z.array(provider).describe('Active providers, best score first'),
      singlePointOfFailure: z.boolean().describe('Exactly one active provider'),
      plans: z
        .array(diversificationPlanSchema)
        .describe('Diversification plans recorded for the capability, newest first'),
    }),
  ),
});

export const backupsSchema = z.array(
  z.strictObject({
    capability: z.string(),
    backups: z.array(provider).describe('Other active providers, best score first'),
  }),
);

export const riskKind = z.enum([
  'contract_lapse',
  'overdependence',
  'vendor_failure',
  'strategic_misalignment',
  'relationship_decay',
]);

export const recordMitigationSchema = z.strictObject({
  risk: riskKind,
  status: z.enum(['planned', 'in_progress', 'mitigated', 'accepted']),
  note: z.string().trim().min(3, 'must say what is being done').max(5000),
});
export type RecordMitigation = z.infer<typeof recordMitigationSchema>;

export const riskRegisterSchema = z.strictObject({
  partnerId: z.uuid(),
  entityId: z.string(),
  asOf: z.string(),
  risks: z.array(
    z.strictObject({
      risk: riskKind,
      level: z.enum(['high', 'medium', 'low', 'unknown']),
      evidence: z.array(z.string()),
      mitigation: z
        .strictObject({
          status: recordMitigationSchema.shape.status,
          note: z.string(),
          recordedBy: z.string(),
          recordedAt: z.string(),
        })
        .nullable(),
    }),
  ),
});

export const quarterParam = z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter such as 2026-Q4');

export const reviewsQuery = z.strictObject({
  entityId: z.string().min(1).optional(),
  partnerId: z.uuid().optional(),
  status: z
    .enum(['open', 'completed', 'overdue'])
    .optional()
    .describe('overdue: still open after the quarter ended'),
});
export type ReviewsQuery = z.infer<typeof reviewsQuery>;

export const completeReviewSchema = recordAssessmentSchema.extend({
  notes: z.string().trim().min(3, 'must record what was reviewed').max(20_000),
});
export type CompleteReview = z.infer<typeof completeReviewSchema>;

export const reviewSchema = z.strictObject({
  id: z.uuid(),
  partnerId: z.uuid(),
  entityId: z.string(),
  quarter: z.string(),
  dueOn: z.string().describe("The quarter's last day"),
  status: z.enum(['open', 'completed']),
  overdue: z.boolean(),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
  notes: z.string().nullable(),
});

export const quarterlyRunSchema = z.strictObject({
  quarter: z.string(),
  partners: z.number().int().describe('Active partners scored again'),
  reviewsOpened: z.number().int(),
});

const statusCounts = z.strictObject({
  green: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  unscored: z.number().int(),
});

const portfolioSummary = {
  relationships: z.number().int().describe('Partners past prospect and not exited'),
  byStatus: statusCounts,
  byCategory: z.record(z.string(), statusCounts),
  healthIndex: z
    .number()
    .nullable()
    .describe('Mean score weighted by category priority (carrier 4 … opportunistic 1)'),
  topRisks: z.array(
    z.strictObject({
      partnerId: z.uuid(),
      legalName: z.string(),
      entityId: z.string(),
      category: z.string(),
      risk: riskKind,
      evidence: z.string(),
    }),
  ),
};

export const portfolioSchema = z.strictObject({
  modelVersion: z.number().int(),
  overall: z.strictObject(portfolioSummary),
  entities: z.array(
    z.strictObject({
      entityId: z.string(),
      ...portfolioSummary,
      concentration: z.array(
        z.strictObject({
          category: z.string(),
          hhi: z.number().int(),
          band: z.string(),
          dominant: z.array(z.uuid()),
        }),
      ),
    }),
  ),
});

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

/** Scoring's part of a renegotiation pack. */
export const renegotiationViewSchema = z.strictObject({
  partnerId: z.uuid(),
  entityId: z.string(),
  legalName: z.string(),
  category: z.string(),
  renegotiationRequired: z.boolean(),
  scores: z.array(
    z.strictObject({
      computedAt: z.string(),
      score: z.number().nullable(),
      status: scoreStatus.nullable(),
      modelVersion: z.number().int(),
      trigger: z.string(),
    }),
  ),
  trend: z.strictObject({
    direction: z.enum(['improving', 'declining', 'stable', 'unknown']),
    change: z.number().nullable(),
    since: z.string().nullable(),
  }),
  concentration: z
    .strictObject({
      currency: z.string(),
      revenueMinor: z.number().int(),
      sharePct: z.number(),
      hhi: z.number().int(),
      band: z.string(),
      dominant: z.boolean(),
      hhiWithoutPartner: z.number().int().describe('What an exit would leave the category at'),
      bandWithoutPartner: z.string(),
    })
    .nullable(),
  backups: backupsSchema,
  openRisks: riskRegisterSchema.shape.risks,
});
export type RenegotiationView = z.infer<typeof renegotiationViewSchema>;
