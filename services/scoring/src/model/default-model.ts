import {
  type CategoryWeights,
  PARTNER_CATEGORIES,
  type PartnerCategory,
  SCORE_CATEGORIES,
  type ScoringModel,
} from './types';

// Strategic weight is the highest everywhere: a partner is strategic for what it makes
// possible, not for this quarter's numbers. Carriers trade financial weight for operational
// weight because a carrier's failure stops deliveries, not just a line of the budget.
const EVEN = { financial: 0.3, operational: 0.3, strategic: 0.4 };

/** The model scores are computed with until an administrator publishes another version. */
export const DEFAULT_MODEL: ScoringModel = {
  version: 1,
  weights: {
    carrier: { financial: 0.25, operational: 0.35, strategic: 0.4 },
    strategic_partner: { ...EVEN },
    vendor: { ...EVEN },
    opportunistic: { ...EVEN },
  },
  thresholds: { green: 70, yellow: 50 },
  categoryPriority: { carrier: 4, strategic_partner: 3, vendor: 2, opportunistic: 1 },
};

// Weights are decimals typed by people, so their sum is compared with a tolerance.
const WEIGHT_SUM_TOLERANCE = 1e-9;

/**
 * Problems that make a model unusable, in words an administrator can act on; empty when
 * the model is valid. Models come from storage or a form, so nothing is taken on trust.
 */
export function validateModel(model: ScoringModel): string[] {
  const priorities: Partial<Record<PartnerCategory, number>> = model.categoryPriority;
  const { green, yellow } = model.thresholds;

  return [
    ...(Number.isInteger(model.version) && model.version >= 1
      ? []
      : [`version must be a positive integer, got ${model.version}`]),
    ...PARTNER_CATEGORIES.flatMap((category) => weightProblems(category, model.weights)),
    // Written so that NaN thresholds fail too.
    ...(yellow >= 0 && yellow < green && green <= 100
      ? []
      : [`thresholds must satisfy 0 ≤ yellow < green ≤ 100, got ${yellow} and ${green}`]),
    ...PARTNER_CATEGORIES.flatMap((category) => {
      const priority = priorities[category];

      return priority !== undefined && Number.isInteger(priority) && priority >= 1
        ? []
        : [`${category} priority must be a positive integer, got ${priority}`];
    }),
  ];
}

function weightProblems(
  category: PartnerCategory,
  weights: Partial<Record<PartnerCategory, Partial<CategoryWeights>>>,
): string[] {
  const categoryWeights = weights[category];
  if (categoryWeights === undefined) {
    return [`weights for ${category} are missing`];
  }
  const problems = SCORE_CATEGORIES.flatMap((scoreCategory) => {
    const weight = categoryWeights[scoreCategory];

    return weight !== undefined && Number.isFinite(weight) && weight >= 0
      ? []
      : [`${category} ${scoreCategory} weight must be a number ≥ 0, got ${weight}`];
  });
  // A sum including a bad weight means nothing, so it is only checked once they are all fine.
  const sum = SCORE_CATEGORIES.reduce((total, key) => total + (categoryWeights[key] ?? 0), 0);
  if (problems.length === 0 && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    // Twelve significant digits show 0.3 + 0.3 + 0.3 as 0.9, yet keep a 1e-9 difference.
    const shown = Number(sum.toPrecision(12));
    problems.push(`${category} weights must add up to 1, they add up to ${shown}`);
  }

  return problems;
}
