import type { PartnerCategory } from '@pn/events';

export type { PartnerCategory };

// A Record keyed by the union makes the compiler reject this list when a category is added.
const EVERY_CATEGORY: Record<PartnerCategory, true> = {
  carrier: true,
  strategic_partner: true,
  vendor: true,
  opportunistic: true,
};

/** Every partner category, for checks that must cover them all. */
export const PARTNER_CATEGORIES = Object.keys(EVERY_CATEGORY) as readonly PartnerCategory[];

/** The three parts a health score is made of; `PartnerCategory` is the kind of partner. */
export type ScoreCategory = 'financial' | 'operational' | 'strategic';

export const SCORE_CATEGORIES: readonly ScoreCategory[] = ['financial', 'operational', 'strategic'];

/** What is known of one partner over the scoring window; null is "not known", never zero. */
export interface ScoreInputs {
  revenueMinor: number | null;
  costMinor: number | null;
  /** Mean revenue of the entity's active partners in the same category over the window. */
  revenueShareBenchmarkMinor: number | null;
  /** Mean SLA attainment over the window, 0–100. */
  slaAttainmentPct: number | null;
  incidentsPerQuarter: number | null;
  responseHours: number | null;
  responseTargetHours: number | null;
  /** Latest executive rating, an integer 1–5. */
  optionality: number | null;
  /** Latest executive rating, an integer 1–5. */
  alignment: number | null;
}

export type CategoryWeights = Record<ScoreCategory, number>;

export interface ScoringModel {
  /** Stored with every score, so a score can be explained by the model that made it. */
  version: number;
  weights: Record<PartnerCategory, CategoryWeights>;
  thresholds: { green: number; yellow: number };
  /** How much a partner of each category counts in the portfolio health index. */
  categoryPriority: Record<PartnerCategory, number>;
}

export type Status = 'green' | 'yellow' | 'red';

export interface CategoryScore {
  score: number | null;
  /** The model's weight; when a category is null the others share its weight pro rata. */
  weight: number;
  subScores: Record<string, number | null>;
}

/** A score with everything needed to explain it, short of the inputs the caller stores. */
export interface PartnerScore {
  score: number | null;
  status: Status | null;
  modelVersion: number;
  categories: Record<ScoreCategory, CategoryScore>;
  /** Names of the sub-scores that could not be computed for lack of inputs. */
  missing: string[];
}
