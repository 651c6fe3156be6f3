import {
  DEFAULT_OPPORTUNITY_MODEL,
  type OpportunityModel,
  validateOpportunityModel,
} from './opportunity-score';

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

describe('the default opportunity model', () => {
  it('is version 1, weighs strategy most, and recommends go from 70 and no-go below 40', () => {
    expect(DEFAULT_OPPORTUNITY_MODEL).toEqual({
      version: 1,
      weights: { strategicValue: 0.45, financialUpside: 0.35, operationalComplexity: 0.2 },
      goThreshold: 70,
      noGoThreshold: 40,
    });
    expect(validateOpportunityModel(DEFAULT_OPPORTUNITY_MODEL)).toEqual([]);
  });
});

describe('validateOpportunityModel', () => {
  it.each<[string, OpportunityModel, string[]]>([
    [
      'a version that is not a positive integer',
      model([0.45, 0.35, 0.2], { version: 1.5 }),
      ['version must be a positive integer, got 1.5'],
    ],
    [
      'a negative weight',
      model([1.2, -0.2, 0]),
      ['financialUpside weight must be a number ≥ 0, got -0.2'],
    ],
    [
      'weights that add up to 0.9',
      model([0.3, 0.3, 0.3]),
      ['weights must add up to 1, they add up to 0.9'],
    ],
    [
      'a no-go threshold above the go threshold',
      model([0.45, 0.35, 0.2], { goThreshold: 40, noGoThreshold: 70 }),
      ['thresholds must satisfy 0 ≤ no-go < go ≤ 100, got no-go 70 and go 40'],
    ],
    [
      'equal thresholds, which leave no room for judgement',
      model([0.45, 0.35, 0.2], { goThreshold: 50, noGoThreshold: 50 }),
      ['thresholds must satisfy 0 ≤ no-go < go ≤ 100, got no-go 50 and go 50'],
    ],
    [
      'a go threshold above 100',
      model([0.45, 0.35, 0.2], { goThreshold: 101 }),
      ['thresholds must satisfy 0 ≤ no-go < go ≤ 100, got no-go 40 and go 101'],
    ],
  ])('refuses %s', (_, invalid, problems) => {
    expect(validateOpportunityModel(invalid)).toEqual(problems);
  });

  it('accepts weights that add up to 1 within the rounding of decimals', () => {
    expect(validateOpportunityModel(model([0.1, 0.2, 0.7]))).toEqual([]);
    expect(validateOpportunityModel(model([0.1, 0.2, 0.7 + 1e-8]))).toHaveLength(1);
  });
});
