/*
 * Each sub-score puts one raw measure on a 0–100 scale where higher is healthier, so
 * measures in money, percentages, hours and ratings can be averaged. A sub-score is null
 * when its inputs are not known: unknown is not the same as bad, and the score model
 * leaves a null out of the average rather than counting it as zero. Values are kept at
 * full precision; only `scorePartner` rounds, once, at the end.
 */
import { clampScore } from './numbers';

/**
 * Revenue against the mean of the entity's active partners in the same category: the
 * average scores 50, twice the average or more scores 100, no revenue scores 0. Null
 * without a positive benchmark, which means there is no category average to compare with.
 */
export function revenueContribution(
  revenueMinor: number | null,
  benchmarkMinor: number | null,
): number | null {
  const revenue = known('revenueMinor', revenueMinor);
  const benchmark = known('revenueShareBenchmarkMinor', benchmarkMinor);
  if (revenue === null || benchmark === null || benchmark <= 0) {
    return null;
  }

  return clampScore((50 * revenue) / benchmark);
}

/**
 * The margin the relationship keeps, 100 × (revenue − cost) / revenue: 100 when it costs
 * nothing, 0 when it costs as much as it brings or more. A partner that costs money and
 * brings no revenue (a supplier, typically) scores 0; null when the cost is unknown, or
 * when there is neither revenue nor cost, as there is no margin to speak of. Revenue ≤ 0 is
 * treated as no revenue and cost ≤ 0 as no cost.
 */
export function costEfficiency(
  revenueMinor: number | null,
  costMinor: number | null,
): number | null {
  const revenue = known('revenueMinor', revenueMinor) ?? 0;
  const cost = known('costMinor', costMinor);
  if (cost === null) {
    return null;
  }
  if (revenue <= 0) {
    return cost > 0 ? 0 : null;
  }

  return clampScore((100 * (revenue - cost)) / revenue);
}

/**
 * SLA attainment less 10 points per incident a quarter. No incident count with a known SLA
 * counts as no incidents, as incidents are only ever recorded when they happen; null when
 * the SLA attainment is unknown.
 */
export function reliability(
  slaAttainmentPct: number | null,
  incidentsPerQuarter: number | null,
): number | null {
  const sla = known('slaAttainmentPct', slaAttainmentPct);
  const incidents = known('incidentsPerQuarter', incidentsPerQuarter) ?? 0;
  if (sla === null) {
    return null;
  }

  return clampScore(sla - 10 * incidents);
}

/**
 * 100 × target / actual response time: meeting or beating the target scores 100, twice the
 * target 50. Null when either is unknown or not positive, as a zero time has no ratio.
 */
export function responsiveness(
  responseHours: number | null,
  responseTargetHours: number | null,
): number | null {
  const actual = known('responseHours', responseHours);
  const target = known('responseTargetHours', responseTargetHours);
  if (actual === null || target === null || actual <= 0 || target <= 0) {
    return null;
  }

  return clampScore((100 * target) / actual);
}

/**
 * An executive rating of 1–5 on the 0–100 scale: 1 → 0, 3 → 50, 5 → 100. A rating outside
 * 1–5 or between whole numbers is a data error, not a low score, so it throws.
 */
export function ratingScore(field: string, rating: number | null): number | null {
  if (rating === null) {
    return null;
  }
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw new RangeError(`${field} must be a whole rating from 1 to 5, got ${rating}`);
  }

  return (rating - 1) * 25;
}

// NaN or Infinity would pass every comparison and surface as a NaN score; refuse them here,
// naming the input, rather than let a score nobody can explain reach a dashboard.
function known(field: string, value: number | null): number | null {
  if (value !== null && !Number.isFinite(value)) {
    throw new RangeError(`${field} must be a finite number, got ${value}`);
  }

  return value;
}
