/*
 * Qualification is the first judgement on an opportunity: each criterion gets a rating and
 * a note saying why, so that reviewers later see the reasoning and not only a number. The
 * opportunity may be scored only once every criterion is rated.
 */

/** Revenue potential covers protection potential too: revenue a partnership keeps safe. */
export const CRITERIA = ['strategic_alignment', 'revenue_potential', 'risk_exposure'] as const;

export type Criterion = (typeof CRITERIA)[number];

export interface CriterionRating {
  /** An integer from 1 to 5. */
  rating: number;
  /** Why the rating was given; blank does not count. */
  note: string;
}

export type QualificationRatings = Partial<Record<Criterion, CriterionRating>>;

const LOWEST_RATING = 1;
const HIGHEST_RATING = 5;

/**
 * What keeps the qualification from being complete, one sentence per criterion in `CRITERIA`
 * order, each naming its criterion; empty when complete. A criterion with a bad rating and a
 * blank note gets one sentence naming both problems, so the user fixes them in one pass.
 */
export function qualificationGaps(ratings: QualificationRatings): string[] {
  return CRITERIA.flatMap((criterion) => {
    const problems = criterionProblems(ratings[criterion]);

    return problems.length === 0 ? [] : [`${criterion}: ${problems.join('; ')}`];
  });
}

/** True when every criterion has a valid rating and a note. */
export function isQualificationComplete(ratings: QualificationRatings): boolean {
  return qualificationGaps(ratings).length === 0;
}

// Ratings arrive from forms and storage, so a null or a non-number is possible at run time
// whatever the type says.
function criterionProblems(entry: CriterionRating | null | undefined): string[] {
  if (entry === null || entry === undefined) {
    return ['not rated'];
  }
  const problems: string[] = [];
  const { rating, note } = entry;
  if (!Number.isInteger(rating) || rating < LOWEST_RATING || rating > HIGHEST_RATING) {
    problems.push(
      `rating must be an integer from ${LOWEST_RATING} to ${HIGHEST_RATING}, got ${String(rating)}`,
    );
  }
  if (typeof note !== 'string' || note.trim() === '') {
    problems.push('a note explaining the rating is required');
  }

  return problems;
}
