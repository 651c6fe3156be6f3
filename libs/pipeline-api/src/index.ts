import { z } from 'zod';

export const opportunityStage = z.enum([
  'identified',
  'qualifying',
  'scored',
  'strategy_review',
  'legal_feasibility',
  'executive_signoff',
  'decided',
  'withdrawn',
]);
export const reviewStage = z.enum(['strategy_review', 'legal_feasibility', 'executive_signoff']);
export const opportunitySource = z.enum([
  'executive_referral',
  'market_scanning',
  'partner_inbound',
]);
const partnerCategory = z.enum(['carrier', 'vendor', 'strategic_partner', 'opportunistic']);
const text = (max: number) => z.string().trim().min(1).max(max);

export const createOpportunitySchema = z.strictObject({
  entityId: z.string().min(1),
  counterparty: text(300).describe('Legal name of the prospective partner'),
  proposedCategory: partnerCategory,
  source: opportunitySource,
  sponsorUsername: text(100).nullable().default(null),
  description: text(10_000),
  estimatedValue: z.strictObject({
    amountMinor: z.number().int('must be whole minor units').min(0).max(Number.MAX_SAFE_INTEGER),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
  }),
  potential: text(5_000).describe('Expected revenue or what the partnership would protect'),
  documentLinks: z.array(z.url()).max(20).default([]),
});
export type CreateOpportunity = z.infer<typeof createOpportunitySchema>;

export const listOpportunitiesQuery = z.strictObject({
  entityId: z.string().min(1).optional(),
  stage: opportunityStage.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const moveOpportunitySchema = z.strictObject({
  to: z.enum(['qualifying', 'strategy_review', 'withdrawn']),
  reason: z.string().trim().min(3, 'must say why').max(2000),
});

const rating = z.strictObject({
  rating: z
    .number()
    .int('must be a whole rating')
    .min(1, 'must be from 1 to 5')
    .max(5, 'must be from 1 to 5'),
  note: z.string().trim().min(3, 'must say why').max(2000),
});

export const qualifySchema = z
  .strictObject({
    strategic_alignment: rating.optional(),
    revenue_potential: rating.optional().describe('Revenue or protection potential'),
    risk_exposure: rating.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'rate at least one criterion');
export type Qualify = z.infer<typeof qualifySchema>;

const oneToFive = (what: string) =>
  z
    .number()
    .int(`${what} must be a whole rating`)
    .min(1, 'must be from 1 to 5')
    .max(5, 'must be from 1 to 5');

export const scoreOpportunitySchema = z.strictObject({
  strategicValue: oneToFive('strategicValue'),
  financialUpside: oneToFive('financialUpside'),
  operationalComplexity: oneToFive('operationalComplexity').describe('Higher lowers the score'),
});
export type ScoreOpportunityInput = z.infer<typeof scoreOpportunitySchema>;

export const reviewSchema = z
  .strictObject({
    outcome: z.enum(['approve', 'reject']),
    comment: z.string().trim().min(3, 'must say why').max(5000),
    sendBackTo: opportunityStage
      .optional()
      .describe(
        'On a rejection: an earlier stage to return to; absent, the rejection ends it as no-go',
      ),
    overrideReason: z.string().trim().max(5000).optional(),
  })
  .refine((body) => body.outcome === 'reject' || body.sendBackTo === undefined, {
    message: 'only a rejection sends an opportunity back',
    path: ['sendBackTo'],
  });
export type ReviewInput = z.infer<typeof reviewSchema>;

export const decideSchema = z.strictObject({
  decision: z.enum(['go', 'no_go']),
  rationale: z.string().trim().max(10_000).describe('Why, in writing: required'),
  overrideReason: z
    .string()
    .trim()
    .max(5000)
    .optional()
    .describe('Required when the decision goes against the recommendation'),
});
export type DecideInput = z.infer<typeof decideSchema>;

export const opportunitySchema = z.strictObject({
  id: z.uuid(),
  entityId: z.string(),
  counterparty: z.string(),
  proposedCategory: z.string(),
  source: z.string(),
  sponsorUsername: z.string().nullable(),
  description: z.string(),
  estimatedValue: z.strictObject({ amountMinor: z.number().int(), currency: z.string() }),
  potential: z.string(),
  documentLinks: z.array(z.string()),
  stage: opportunityStage,
  stageEnteredAt: z.string(),
  qualification: z.record(
    z.string(),
    z.strictObject({ rating: z.number().int(), note: z.string(), ratedBy: z.string() }),
  ),
  score: z
    .strictObject({
      score: z.number(),
      recommendation: z.enum(['go', 'no_go', 'executive_judgement']),
      modelVersion: z.number().int(),
      goThreshold: z.number(),
      noGoThreshold: z.number(),
      inputs: scoreOpportunitySchema,
      components: z.record(
        z.string(),
        z.strictObject({ rating: z.number().int(), points: z.number(), weight: z.number() }),
      ),
      scoredBy: z.string(),
      scoredAt: z.string(),
    })
    .nullable(),
  partnerId: z.uuid().nullable().describe('The partner a go decision created'),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type OpportunityView = z.infer<typeof opportunitySchema>;

export const opportunityDetailSchema = opportunitySchema.extend({
  transitions: z.array(
    z.strictObject({
      from: z.string().nullable(),
      to: z.string(),
      by: z.string(),
      reason: z.string(),
      at: z.string(),
    }),
  ),
  reviews: z.array(
    z.strictObject({
      stage: reviewStage,
      outcome: z.enum(['approved', 'rejected']),
      by: z.string(),
      comment: z.string(),
      sentBackTo: z.string().nullable(),
      at: z.string(),
    }),
  ),
  decision: z
    .strictObject({
      decision: z.enum(['go', 'no_go']),
      rationale: z.string(),
      overrideReason: z.string().nullable(),
      recommendation: z.string().nullable(),
      score: z.number().nullable(),
      modelVersion: z.number().int().nullable(),
      goThreshold: z.number().nullable(),
      noGoThreshold: z.number().nullable(),
      decidedBy: z.string(),
      decidedAt: z.string(),
    })
    .nullable(),
});

export const pipelineScopeQuery = z.strictObject({
  entityId: z.string().min(1).optional().describe('One of your entities; all of them if absent'),
});

export const decisionLogQuery = pipelineScopeQuery.extend({
  decision: z.enum(['go', 'no_go']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const money = z.strictObject({ amountMinor: z.number().int(), currency: z.string() });

export const boardSchema = z.array(
  z.strictObject({
    stage: opportunityStage,
    count: z.number().int(),
    value: z.array(money).describe('Estimated value in the stage, per currency'),
    opportunities: z
      .array(
        z.strictObject({
          id: z.uuid(),
          counterparty: z.string(),
          entityId: z.string(),
          estimatedValue: money,
          recommendation: z.string().nullable(),
          daysInStage: z.number().int(),
        }),
      )
      .describe('The 50 largest by estimated value'),
  }),
);

export const funnelSchema = z.array(
  z.strictObject({
    stage: opportunityStage,
    entered: z.number().int().describe('Opportunities that ever reached the stage'),
    advanced: z.number().int().describe('Of those, how many went on to a later stage'),
    conversionPct: z.number().nullable(),
    medianDaysInStage: z.number().nullable().describe('Over every completed stay'),
  }),
);

export const decisionLogSchema = z.array(
  z.strictObject({
    opportunityId: z.uuid(),
    counterparty: z.string(),
    entityId: z.string(),
    decision: z.enum(['go', 'no_go']),
    rationale: z.string(),
    overrideReason: z.string().nullable(),
    recommendation: z.string().nullable(),
    score: z.number().nullable(),
    modelVersion: z.number().int().nullable(),
    decidedBy: z.string(),
    decidedAt: z.string(),
    partnerId: z.uuid().nullable(),
  }),
);

/** A new version of the opportunity scoring model; weights must add up to 1. */
export const publishOpportunityModelSchema = z.strictObject({
  weights: z.strictObject({
    strategicValue: z.number().min(0).max(1),
    financialUpside: z.number().min(0).max(1),
    operationalComplexity: z.number().min(0).max(1),
  }),
  goThreshold: z.number().min(0).max(100).describe('go at or above'),
  noGoThreshold: z.number().min(0).max(100).describe('no-go below; executive judgement between'),
  reason: z.string().trim().min(3, 'must say why').max(2000),
});
export type PublishOpportunityModel = z.infer<typeof publishOpportunityModelSchema>;

export const opportunityModelSchema = publishOpportunityModelSchema.extend({
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
});
