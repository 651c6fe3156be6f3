/** How a score moved: compared with the one in force a quarter before the latest. */
export interface ScoreTrend {
  direction: 'improving' | 'declining' | 'stable' | 'unknown';
  /** Points gained (or lost) since the comparison score; null without one. */
  change: number | null;
  /** When the comparison score was computed. */
  since: string | null;
}

// Moves smaller than this are noise in monthly figures, not a trend.
const STABLE_WITHIN = 2;
const QUARTER_MS = 91 * 86_400_000;

/**
 * The trend of a score history (newest first): the latest score against the newest one
 * computed at least a quarter before it, or the oldest there is when the history is younger.
 */
export function scoreTrend(
  history: readonly { score: number | null; computedAt: string }[],
): ScoreTrend {
  const scored = history.filter((entry) => entry.score !== null);
  const [latest] = scored;
  if (!latest || scored.length < 2) {
    return { direction: 'unknown', change: null, since: null };
  }
  const cutoff = Date.parse(latest.computedAt) - QUARTER_MS;
  const earlier =
    scored.find((entry) => Date.parse(entry.computedAt) <= cutoff) ?? scored[scored.length - 1];
  const change = Math.round((latest.score! - earlier.score!) * 10) / 10;

  return {
    direction: Math.abs(change) < STABLE_WITHIN ? 'stable' : change > 0 ? 'improving' : 'declining',
    change,
    since: earlier.computedAt,
  };
}
