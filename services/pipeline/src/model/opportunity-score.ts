/*
 * The opportunity score turns three executive ratings into a 0–100 figure and a go / no-go
 * recommendation. The model is versioned and each score carries its version and thresholds,
 * so a recommendation can still be explained after the model has changed.
 */
import { roundToTenth } from './numbers';

export const OPPORTUNITY_FACTORS = [
  'strategicValue',
  'financialUpside',
  'operationalComplexity',
] as const;

export type OpportunityFactor = (typeof OPPORTUNITY_FACTORS)[number];

/** Each factor rated as an integer from 1 to 5. */
export type OpportunityRatings = Record<OpportunityFactor, number>;

export interface OpportunityModel {
  version: number;
  weights: Record<OpportunityFactor, number>;
  goThreshold: number;
  noGoThreshold: number;
}

export type Recommendation = 'go' | 'no_go' | 'executive_judgement';

export interface ScoreComponent {
  rating: number;
  /** The rating on a 0–100 scale where higher favours going ahead. */
  points: number;
  weight: number;
}

export interface OpportunityScore {
  /** 0–100, one decimal. */
  score: number;
  recommendation: Recommendation;
  modelVersion: number;
  goThreshold: number;
  noGoThreshold: number;
  components: Record<OpportunityFactor, ScoreComponent>;
}

/** The model opportunities are scored with until another version is published. */
export const DEFAULT_OPPORTUNITY_MODEL: OpportunityModel = {
  version: 1,
  weights: { strategicValue: 0.45, financialUpside: 0.35, operationalComplexity: 0.2 },
  goThreshold: 70,
  noGoThreshold: 40,
};

// Weights are decimals typed by people, so their sum is compared with a tolerance.
const WEIGHT_SUM_TOLERANCE = 1e-9;
const POINTS_PER_RATING_STEP = 25;

/** Problems that make a model unusable, in words an administrator can act on; empty if valid. */
export function validateOpportunityModel(model: OpportunityModel): string[] {
  const { version, weights, goThreshold, noGoThreshold } = model;
  const weightProblems = OPPORTUNITY_FACTORS.flatMap((factor) =>
    Number.isFinite(weights[factor]) && weights[factor] >= 0
      ? []
      : [`${factor} weight must be a number ≥ 0, got ${String(weights[factor])}`],
  );
  const sum = OPPORTUNITY_FACTORS.reduce((total, factor) => total + weights[factor], 0);
  // A sum including a bad weight means nothing, so it is only checked once they are all fine.
  const sumProblems =
    weightProblems.length === 0 && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE
      ? [`weights must add up to 1, they add up to ${Number(sum.toPrecision(12))}`]
      : [];

  return [
    ...(Number.isInteger(version) && version >= 1
      ? []
      : [`version must be a positive integer, got ${String(version)}`]),
    ...weightProblems,
    ...sumProblems,
    // Written so that NaN thresholds fail too.
    ...(noGoThreshold >= 0 && noGoThreshold < goThreshold && goThreshold <= 100
      ? []
      : [
          `thresholds must satisfy 0 ≤ no-go < go ≤ 100, got no-go ${noGoThreshold} and go ${goThreshold}`,
        ]),
  ];
}

/**
 * Scores an opportunity: each rating becomes (rating − 1) × 25 points, complexity counted as
 * 100 minus that, and the score is their weighted mean. Throws a RangeError naming the field
 * for a rating that is not an integer 1–5, and for an invalid model, whose score would mislead.
 */
export function scoreOpportunity(
  ratings: OpportunityRatings,
  model: OpportunityModel,
): OpportunityScore {
  const problems = validateOpportunityModel(model);
  if (problems.length > 0) {
    throw new RangeError(`opportunity model is invalid: ${problems.join('; ')}`);
  }
  const components = {
    strategicValue: component('strategicValue', ratings, model),
    financialUpside: component('financialUpside', ratings, model),
    operationalComplexity: component('operationalComplexity', ratings, model),
  };
  const parts = Object.values(components);
  const totalWeight = parts.reduce((sum, part) => sum + part.weight, 0);
  // Dividing by the actual sum keeps the score within 0–100 when weights are off by 1e-9.
  const exact = parts.reduce((sum, part) => sum + part.points * part.weight, 0) / totalWeight;
  const score = roundToTenth(exact);

  return {
    score,
    // Judged on the score as shown, so 69.96, shown as 70, is a go.
    recommendation: recommendationFor(score, model),
    modelVersion: model.version,
    goThreshold: model.goThreshold,
    noGoThreshold: model.noGoThreshold,
    components,
  };
}

/** Go from the go threshold up, no-go below the no-go threshold, executive judgement between. */
export function recommendationFor(
  score: number,
  thresholds: Pick<OpportunityModel, 'goThreshold' | 'noGoThreshold'>,
): Recommendation {
  if (score >= thresholds.goThreshold) {
    return 'go';
  }

  return score < thresholds.noGoThreshold ? 'no_go' : 'executive_judgement';
}

function component(
  factor: OpportunityFactor,
  ratings: OpportunityRatings,
  model: OpportunityModel,
): ScoreComponent {
  const rating = ratings[factor];
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw new RangeError(`${factor} must be an integer from 1 to 5, got ${String(rating)}`);
  }
  const normalised = (rating - 1) * POINTS_PER_RATING_STEP;
  // Complexity is a cost: the more complex the partnership, the weaker the case for it.
  const points = factor === 'operationalComplexity' ? 100 - normalised : normalised;

  return { rating, points, weight: model.weights[factor] };
}
