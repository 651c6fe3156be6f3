import fc from 'fast-check';

import {
  type OpportunityModel,
  type OpportunityRatings,
  recommendationFor,
  scoreOpportunity,
} from './opportunity-score';

const rating = fc.integer({ min: 1, max: 5 });
const ratingsArbitrary = fc.record({
  strategicValue: rating,
  financialUpside: rating,
  operationalComplexity: rating,
});
const modelArbitrary: fc.Arbitrary<OpportunityModel> = fc
  .tuple(
    fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100)).filter(([a, b, c]) => a + b + c > 0),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 100 }),
  )
  .map(([[a, b, c], noGoThreshold, gap]) => ({
    version: 1,
    weights: {
      strategicValue: a / (a + b + c),
      financialUpside: b / (a + b + c),
      operationalComplexity: c / (a + b + c),
    },
    noGoThreshold,
    goThreshold: Math.min(100, noGoThreshold + gap),
  }));

describe('score invariants', () => {
  it('never falls when strategic value or financial upside rises, nor rises with complexity', () => {
    fc.assert(
      fc.property(modelArbitrary, ratingsArbitrary, (anyModel, inputs) => {
        const score = (changed: OpportunityRatings) => scoreOpportunity(changed, anyModel).score;
        const base = score(inputs);
        const raised = (field: keyof OpportunityRatings) => ({
          ...inputs,
          [field]: Math.min(5, inputs[field] + 1),
        });

        expect(score(raised('strategicValue'))).toBeGreaterThanOrEqual(base);
        expect(score(raised('financialUpside'))).toBeGreaterThanOrEqual(base);
        expect(score(raised('operationalComplexity'))).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('stays within 0–100 and recommends by the thresholds it reports', () => {
    fc.assert(
      fc.property(modelArbitrary, ratingsArbitrary, (anyModel, inputs) => {
        const result = scoreOpportunity(inputs, anyModel);

        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(Math.round(result.score * 10) / 10).toBe(result.score);
        expect(result.recommendation).toBe(recommendationFor(result.score, result));
      }),
    );
  });
});
