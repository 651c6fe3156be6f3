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

/** Scores of one category summed, as a database aggregates them. */
export interface CategoryTotals {
  category: PartnerCategory;
  scoreSum: number;
  scored: number;
}

/**
 * The same index from per-category totals, so a portfolio of any size is weighed from a
 * handful of aggregated rows: Σ priority × sum ÷ Σ priority × count is the weighted mean.
 */
export function weightedHealthIndexOfTotals(
  totals: readonly CategoryTotals[],
  model: ScoringModel,
): number | null {
  const weight = totals.reduce(
    (sum, { category, scored }) => sum + model.categoryPriority[category] * scored,
    0,
  );
  if (weight <= 0) {
    return null;
  }
  const weighted = totals.reduce(
    (sum, { category, scoreSum }) => sum + model.categoryPriority[category] * scoreSum,
    0,
  );

  return roundToTenth(weighted / weight);
}
