import {
  DEFAULT_OPPORTUNITY_MODEL,
  type OpportunityModel,
  type OpportunityRatings,
  recommendationFor,
  scoreOpportunity,
} from './opportunity-score';

const ratings = (
  strategicValue: number,
  financialUpside: number,
  operationalComplexity: number,
): OpportunityRatings => ({ strategicValue, financialUpside, operationalComplexity });
const model = (
  weights: [number, number, number],
  overrides: Partial<OpportunityModel> = {},
): OpportunityModel => ({
  ...DEFAULT_OPPORTUNITY_MODEL,
  weights: {
    strategicValue: weights[0],
    financialUpside: weights[1],
    operationalComplexity: weights[2],
  },
  ...overrides,
});

describe('scoreOpportunity', () => {
  it.each([
    ['5/5/1: everything at its best', ratings(5, 5, 1), 100, 'go'],
    ['1/1/5: everything at its worst', ratings(1, 1, 5), 0, 'no_go'],
    [
      '4/3/2: 0.45 × 75 + 0.35 × 50 + 0.2 × 75 = 66.25',
      ratings(4, 3, 2),
      66.3,
      'executive_judgement',
    ],
    ['5/4/2: 45 + 26.25 + 15 = 86.25', ratings(5, 4, 2), 86.3, 'go'],
    ['4/4/3: 33.75 + 26.25 + 10 = 70, the go threshold', ratings(4, 4, 3), 70, 'go'],
    [
      '3/3/5: 22.5 + 17.5 + 0 = 40, the no-go threshold',
      ratings(3, 3, 5),
      40,
      'executive_judgement',
    ],
    ['2/2/3: 11.25 + 8.75 + 10 = 30', ratings(2, 2, 3), 30, 'no_go'],
  ])('scores %s', (_, inputs, score, recommendation) => {
    const result = scoreOpportunity(inputs, DEFAULT_OPPORTUNITY_MODEL);

    expect(result.score).toBe(score);
    expect(result.recommendation).toBe(recommendation);
  });

  it('explains the score with each rating, its points and weight, and the model used', () => {
    expect(scoreOpportunity(ratings(4, 3, 2), DEFAULT_OPPORTUNITY_MODEL)).toEqual({
      score: 66.3,
      recommendation: 'executive_judgement',
      modelVersion: 1,
      goThreshold: 70,
      noGoThreshold: 40,
      components: {
        strategicValue: { rating: 4, points: 75, weight: 0.45 },
        financialUpside: { rating: 3, points: 50, weight: 0.35 },
        operationalComplexity: { rating: 2, points: 75, weight: 0.2 },
      },
    });
  });

  it('uses the weights and thresholds of the model it is given', () => {
    const version2 = model([0.5, 0.5, 0], { version: 2, goThreshold: 60, noGoThreshold: 30 });
    // 0.5 × 75 + 0.5 × 50 + 0 × 0 = 62.5
    const result = scoreOpportunity(ratings(4, 3, 5), version2);

    expect(result).toMatchObject({ score: 62.5, recommendation: 'go', modelVersion: 2 });
    expect([result.goThreshold, result.noGoThreshold]).toEqual([60, 30]);
  });

  it('recommends on the score as shown: 69.96 shows as 70 and is a go', () => {
    // 0.6996 × 100 + 0.3004 × 0 = 69.96
    const result = scoreOpportunity(ratings(5, 1, 3), model([0.6996, 0.3004, 0]));

    expect(result).toMatchObject({ score: 70, recommendation: 'go' });
  });

  it('rounds what is 7.25 by hand up, though binary arithmetic gives 7.2499…', () => {
    // 0 × 0 + 0.29 × 25 + 0.71 × 0 = 7.25
    expect(scoreOpportunity(ratings(1, 2, 5), model([0, 0.29, 0.71])).score).toBe(7.3);
  });

  it.each<[keyof OpportunityRatings, number]>([
    ['strategicValue', 0],
    ['financialUpside', 6],
    ['operationalComplexity', 2.5],
    ['strategicValue', Number.NaN],
  ])('refuses %s rated %p, naming the field', (field, value) => {
    const inputs = { ...ratings(3, 3, 3), [field]: value };

    expect(() => scoreOpportunity(inputs, DEFAULT_OPPORTUNITY_MODEL)).toThrow(RangeError);
    expect(() => scoreOpportunity(inputs, DEFAULT_OPPORTUNITY_MODEL)).toThrow(field);
  });

  it('refuses to score with an invalid model', () => {
    expect(() => scoreOpportunity(ratings(3, 3, 3), model([0.5, 0.5, 0.5]))).toThrow(
      /opportunity model is invalid: weights must add up to 1, they add up to 1.5/,
    );
  });
});

describe('recommendationFor', () => {
  it.each([
    [100, 'go'],
    [70, 'go'],
    [69.9, 'executive_judgement'],
    [40, 'executive_judgement'],
    [39.9, 'no_go'],
    [0, 'no_go'],
  ])('recommends %p as %s under the default thresholds', (score, recommendation) => {
    expect(recommendationFor(score, DEFAULT_OPPORTUNITY_MODEL)).toBe(recommendation);
  });
});
