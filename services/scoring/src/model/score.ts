import {
  costEfficiency,
  ratingScore,
  reliability,
  responsiveness,
  revenueContribution,
} from './normalise';
import { roundToTenth, weightedMean } from './numbers';
import {
  type CategoryScore,
  type PartnerCategory,
  type PartnerScore,
  SCORE_CATEGORIES,
  type ScoreCategory,
  type ScoreInputs,
  type ScoringModel,
  type Status,
} from './types';

/** The sub-scores of each score category, at full precision, in the order they are shown. */
function subScoresOf(inputs: ScoreInputs): Record<ScoreCategory, Record<string, number | null>> {
  return {
    financial: {
      revenueContribution: revenueContribution(
        inputs.revenueMinor,
        inputs.revenueShareBenchmarkMinor,
      ),
      costEfficiency: costEfficiency(inputs.revenueMinor, inputs.costMinor),
    },
    operational: {
      reliability: reliability(inputs.slaAttainmentPct, inputs.incidentsPerQuarter),
      responsiveness: responsiveness(inputs.responseHours, inputs.responseTargetHours),
    },
    strategic: {
      optionality: ratingScore('optionality', inputs.optionality),
      alignment: ratingScore('alignment', inputs.alignment),
    },
  };
}

/**
 * The health score of a partner of `category`: each score category is the plain mean of its
 * known sub-scores, and the score is the mean of the known categories weighted by the model,
 * their weights scaled up to sum to 1, so that an unknown category does not pull the score
 * towards zero. A partner about whom nothing is known has a null score and status. If the
 * model gives every known category a weight of 0, the score is null as well: the model
 * does not vouch for a score made only of what it says does not count.
 */
export function scorePartner(
  category: PartnerCategory,
  inputs: ScoreInputs,
  model: ScoringModel,
): PartnerScore {
  const subScores = subScoresOf(inputs);
  const weights = model.weights[category];
  const exact: Record<ScoreCategory, number | null> = {
    financial: meanOfKnown(subScores.financial),
    operational: meanOfKnown(subScores.operational),
    strategic: meanOfKnown(subScores.strategic),
  };
  const overall = weightedMean(
    SCORE_CATEGORIES.flatMap((scoreCategory) => {
      const value = exact[scoreCategory];

      return value === null ? [] : [{ value, weight: weights[scoreCategory] }];
    }),
  );
  const score = rounded(overall);
  const categoryScore = (scoreCategory: ScoreCategory): CategoryScore => ({
    score: rounded(exact[scoreCategory]),
    weight: weights[scoreCategory],
    subScores: roundEach(subScores[scoreCategory]),
  });
  const missing = SCORE_CATEGORIES.flatMap((scoreCategory) =>
    Object.entries(subScores[scoreCategory])
      .filter(([, value]) => value === null)
      .map(([name]) => name),
  );

  return {
    score,
    // The status is that of the score as shown, so 69.96, shown as 70.0, is green.
    status: statusOf(score, model.thresholds),
    modelVersion: model.version,
    categories: {
      financial: categoryScore('financial'),
      operational: categoryScore('operational'),
      strategic: categoryScore('strategic'),
    },
    missing,
  };
}

function meanOfKnown(subScores: Record<string, number | null>): number | null {
  const known = Object.values(subScores).flatMap((value) =>
    value === null ? [] : [{ value, weight: 1 }],
  );

  return weightedMean(known);
}

function rounded(value: number | null): number | null {
  return value === null ? null : roundToTenth(value);
}

// Sub-scores are shown rounded like the scores they explain; the scores themselves were
// computed from the unrounded values.
function roundEach(subScores: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(subScores).map(([name, value]) => [name, rounded(value)]),
  );
}

/** Green from the green threshold up, yellow from the yellow one, red below; null for none. */
export function statusOf(
  score: number | null,
  thresholds: ScoringModel['thresholds'],
): Status | null {
  if (score === null) {
    return null;
  }
  if (score >= thresholds.green) {
    return 'green';
  }

  return score >= thresholds.yellow ? 'yellow' : 'red';
}
