import fc from 'fast-check';

import { DEFAULT_MODEL } from './default-model';
import { scorePartner, statusOf } from './score';
import { PARTNER_CATEGORIES, type ScoreInputs } from './types';

const inputsArbitrary: fc.Arbitrary<ScoreInputs> = fc.record({
  revenueMinor: fc.option(fc.integer({ min: 0, max: 1_000_000_000 })),
  costMinor: fc.option(fc.integer({ min: 0, max: 1_000_000_000 })),
  revenueShareBenchmarkMinor: fc.option(fc.integer({ min: 0, max: 1_000_000_000 })),
  slaAttainmentPct: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
  incidentsPerQuarter: fc.option(fc.integer({ min: 0, max: 20 })),
  responseHours: fc.option(fc.double({ min: 0, max: 500, noNaN: true })),
  responseTargetHours: fc.option(fc.double({ min: 0, max: 500, noNaN: true })),
  optionality: fc.option(fc.integer({ min: 1, max: 5 })),
  alignment: fc.option(fc.integer({ min: 1, max: 5 })),
});

describe('score invariants', () => {
  it('lies between the lowest and highest known category, and is null only when none is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARTNER_CATEGORIES), inputsArbitrary, (category, inputs) => {
        const scored = scorePartner(category, inputs, DEFAULT_MODEL);
        const known = Object.values(scored.categories).flatMap(({ score }) =>
          score === null ? [] : [score],
        );

        // Each side was rounded on its own, so they may differ by half a tenth.
        const slack = 0.05 + 1e-9;
        const withinKnown =
          scored.score === null
            ? known.length === 0
            : scored.score >= Math.min(...known) - slack &&
              scored.score <= Math.max(...known) + slack;

        expect(withinKnown).toBe(true);
        expect(scored.status).toBe(statusOf(scored.score, DEFAULT_MODEL.thresholds));
      }),
    );
  });

  it('accounts for every sub-score: each is either known or listed as missing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARTNER_CATEGORIES), inputsArbitrary, (category, inputs) => {
        const scored = scorePartner(category, inputs, DEFAULT_MODEL);
        const subScores = Object.values(scored.categories).flatMap(({ subScores: each }) =>
          Object.entries(each),
        );
        const unknown = subScores.filter(([, value]) => value === null).map(([name]) => name);

        expect(subScores).toHaveLength(6);
        expect(scored.missing).toEqual(unknown);
      }),
    );
  });
});
