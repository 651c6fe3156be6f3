/** `value` held within [0, 100], the range every score lives in. */
export function clampScore(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/**
 * `value` rounded half up to one decimal. Only results are rounded, never intermediate
 * values, so rounding errors cannot compound from sub-score to category to overall score.
 */
export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Mean of the values weighted by their weights, or null when there is nothing to weigh:
 * no values, or weights that add up to zero.
 */
export function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  if (totalWeight <= 0) {
    return null;
  }

  return items.reduce((sum, item) => sum + item.value * item.weight, 0) / totalWeight;
}
