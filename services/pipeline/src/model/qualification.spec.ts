import fc from 'fast-check';

import {
  CRITERIA,
  type CriterionRating,
  isQualificationComplete,
  qualificationGaps,
  type QualificationRatings,
} from './qualification';

const rated = (rating: number, note = 'fits the 2027 logistics plan'): CriterionRating => ({
  rating,
  note,
});
const complete: QualificationRatings = {
  strategic_alignment: rated(4),
  revenue_potential: rated(1),
  risk_exposure: rated(5),
};

describe('qualificationGaps', () => {
  it('finds nothing missing when every criterion has a rating from 1 to 5 and a note', () => {
    expect(qualificationGaps(complete)).toEqual([]);
    expect(isQualificationComplete(complete)).toBe(true);
  });

  it('names every criterion not rated yet, in criteria order', () => {
    expect(qualificationGaps({})).toEqual([
      'strategic_alignment: not rated',
      'revenue_potential: not rated',
      'risk_exposure: not rated',
    ]);
    expect(isQualificationComplete({ risk_exposure: rated(3) })).toBe(false);
  });

  it.each([0, 6, 2.5, -1, Number.NaN])('refuses a rating of %p', (rating) => {
    expect(qualificationGaps({ ...complete, revenue_potential: rated(rating) })).toEqual([
      `revenue_potential: rating must be an integer from 1 to 5, got ${rating}`,
    ]);
  });

  it.each(['', '   ', '\n\t'])('refuses a blank note %j', (note) => {
    expect(qualificationGaps({ ...complete, risk_exposure: rated(2, note) })).toEqual([
      'risk_exposure: a note explaining the rating is required',
    ]);
  });

  it('names both problems of a criterion in one gap', () => {
    expect(qualificationGaps({ ...complete, strategic_alignment: rated(9, ' ') })).toEqual([
      'strategic_alignment: rating must be an integer from 1 to 5, got 9; a note explaining the rating is required',
    ]);
  });

  it('treats a null entry from storage as not rated', () => {
    const fromStorage = { ...complete, risk_exposure: null } as unknown as QualificationRatings;

    expect(qualificationGaps(fromStorage)).toEqual(['risk_exposure: not rated']);
  });

  it('has one gap for each criterion that is missing or invalid, and is complete without any', () => {
    const entry = fc.option(
      fc.record({
        rating: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.double({ noNaN: false })),
        note: fc.constantFrom('', ' ', 'strong fit', 'costly to integrate'),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.tuple(entry, entry, entry), (entries) => {
        const ratings: QualificationRatings = Object.fromEntries(
          CRITERIA.map((criterion, index) => [criterion, entries[index]]),
        );
        const faulty = CRITERIA.filter((_, index) => {
          const given = entries[index];

          return (
            given === undefined ||
            !Number.isInteger(given.rating) ||
            given.rating < 1 ||
            given.rating > 5 ||
            given.note.trim() === ''
          );
        });
        const gaps = qualificationGaps(ratings);

        expect(gaps.map((gap) => gap.split(':')[0])).toEqual(faulty);
        expect(isQualificationComplete(ratings)).toBe(faulty.length === 0);
      }),
    );
  });
});
