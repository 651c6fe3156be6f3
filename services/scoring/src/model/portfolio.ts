import { roundToTenth, weightedMean } from './numbers';
import type { PartnerCategory, ScoringModel } from './types';

export interface CategorisedScore {
  category: PartnerCategory;
  score: number | null;
}

/**
 * The health of a portfolio of partners: the mean of their known scores weighted by their
 * category's priority, so an ailing carrier weighs more than an ailing opportunistic
 * partner. Unscored partners are left out rather than counted as zero; null when no
 * partner has a score. Rounded to one decimal.
 */
export function weightedHealthIndex(
  scores: readonly CategorisedScore[],
  model: ScoringModel,
): number | null {
  const index = weightedMean(
    scores.flatMap(({ category, score }) =>
      score === null ? [] : [{ value: score, weight: model.categoryPriority[category] }],
    ),
  );

  return index === null ? null : roundToTenth(index);
}
