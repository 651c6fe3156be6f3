// Decimal weights such as 0.45 have no exact binary form, so a value that is 66.25 by hand
// may come out as 66.24999999999999. Snapping to nine decimals first makes rounding half up
// agree with the hand computation; no real value here needs more than nine decimals.
const SNAP_DECIMALS = 9;

/** `value` rounded half up to one decimal, as every figure of the pipeline is shown. */
export function roundToTenth(value: number): number {
  const snapped = Number(value.toFixed(SNAP_DECIMALS));

  return Math.round(snapped * 10) / 10;
}

/** The median of the values: the mean of the two middle ones for an even count; null if none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
