import fc from 'fast-check';

import { DEFAULT_MODEL } from './default-model';
import { weightedHealthIndex, weightedHealthIndexOfTotals } from './portfolio';
import { PARTNER_CATEGORIES } from './types';

describe('weightedHealthIndex', () => {
  it('weighs each score by its category’s priority', () => {
    // (4 × 50 + 1 × 90) / 5 = 58, where a plain mean would say 70.
    expect(
      weightedHealthIndex(
        [
          { category: 'carrier', score: 50 },
          { category: 'opportunistic', score: 90 },
        ],
        DEFAULT_MODEL,
      ),
    ).toBe(58);
  });

  it('leaves unscored partners out and rounds to one decimal', () => {
    // (4 × 80 + 2 × 40) / 6 = 66.666…
    expect(
      weightedHealthIndex(
        [
          { category: 'carrier', score: 80 },
          { category: 'vendor', score: 40 },
          { category: 'strategic_partner', score: null },
        ],
        DEFAULT_MODEL,
      ),
    ).toBe(66.7);
  });

  it('has no index without a single score', () => {
    expect(weightedHealthIndex([], DEFAULT_MODEL)).toBeNull();
    expect(weightedHealthIndex([{ category: 'vendor', score: null }], DEFAULT_MODEL)).toBeNull();
  });

  it('lies between the lowest and the highest score', () => {
    const scored = fc.record({
      category: fc.constantFrom(...PARTNER_CATEGORIES),
      score: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(scored, { minLength: 1 }), (scores) => {
        const index = weightedHealthIndex(scores, DEFAULT_MODEL) ?? Number.NaN;
        const values = scores.map((entry) => entry.score);

        expect(index).toBeGreaterThanOrEqual(Math.min(...values) - 0.05);
        expect(index).toBeLessThanOrEqual(Math.max(...values) + 0.05);
      }),
    );
  });
});

describe('the health index from per-category totals', () => {
  it('equals the index of the scores it sums', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            category: fc.constantFrom(...PARTNER_CATEGORIES),
            // Whole scores keep both sums exact, so the two roundings see the same number.
            score: fc.option(fc.integer({ min: 0, max: 100 })),
          }),
        ),
        (scores) => {
          const totals = PARTNER_CATEGORIES.map((category) => {
            const known = scores.filter(
              (entry) => entry.category === category && entry.score !== null,
            );

            return {
              category,
              scoreSum: known.reduce((sum, entry) => sum + entry.score!, 0),
              scored: known.length,
            };
          });

          expect(weightedHealthIndexOfTotals(totals, DEFAULT_MODEL)).toBe(
            weightedHealthIndex(scores, DEFAULT_MODEL),
          );
        },
      ),
    );
  });
});
