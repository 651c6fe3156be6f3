/*
 * How much of an entity's partner revenue depends on a few partners. Shares are percentages
 * (0–100) kept at full precision; the Herfindahl–Hirschman index (HHI) is the sum of their
 * squares, 0–10,000, rounded once at the end.
 */
import { compareText } from './compare';

export interface PartnerRevenue {
  partnerId: string;
  revenueMinor: number;
}

export interface RevenueShare {
  partnerId: string;
  sharePct: number;
}

export type ConcentrationBand =
  'highly_concentrated' | 'moderately_concentrated' | 'not_concentrated';

/**
 * Each partner's percentage of the total revenue, in the order given. A negative revenue (a
 * net credit) counts as none: a partner cannot hold less than no share. With no revenue at
 * all every share is 0 rather than undefined, as nobody depends on anybody.
 */
export function revenueShares(partners: readonly PartnerRevenue[]): RevenueShare[] {
  const revenueOf = (partner: PartnerRevenue) => Math.max(0, partner.revenueMinor);
  const total = partners.reduce((sum, partner) => sum + revenueOf(partner), 0);

  return partners.map((partner) => ({
    partnerId: partner.partnerId,
    sharePct: total > 0 ? (100 * revenueOf(partner)) / total : 0,
  }));
}

/** The Herfindahl–Hirschman index of percentage shares: 10,000 for a single partner. */
export function herfindahlIndex(sharesPct: readonly number[]): number {
  // Summed smallest first, so the order partners come in cannot change the rounded result.
  const sum = [...sharesPct]
    .sort((a, b) => a - b)
    .reduce((total, share) => total + share * share, 0);

  return Math.round(sum);
}

// The bands of the 2023 US Merger Guidelines: an HHI above 1,800 is highly concentrated.
const HIGHLY_ABOVE = 1800;
const MODERATELY_FROM = 1000;

/** The 2023 US Merger Guidelines band of an HHI: >1,800 high, 1,000–1,800 moderate, <1,000. */
export function concentrationBand(hhi: number): ConcentrationBand {
  if (hhi > HIGHLY_ABOVE) {
    return 'highly_concentrated';
  }

  return hhi >= MODERATELY_FROM ? 'moderately_concentrated' : 'not_concentrated';
}

/**
 * The partners holding strictly more than `limitPct` of revenue, largest share first (ties
 * by partner id, so the list is stable from one run to the next).
 */
export function dominantPartners(shares: readonly RevenueShare[], limitPct = 30): RevenueShare[] {
  return shares
    .filter((share) => share.sharePct > limitPct)
    .sort((a, b) => b.sharePct - a.sharePct || compareText(a.partnerId, b.partnerId));
}
