import { DEFAULT_MODEL, validateModel } from './default-model';
import { PARTNER_CATEGORIES, type ScoringModel } from './types';

const changed = (change: (model: ScoringModel) => void): ScoringModel => {
  const model = structuredClone(DEFAULT_MODEL);
  change(model);

  return model;
};

describe('DEFAULT_MODEL', () => {
  it('is valid', () => {
    expect(validateModel(DEFAULT_MODEL)).toEqual([]);
  });

  it('weighs the strategic category highest for every kind of partner', () => {
    for (const category of PARTNER_CATEGORIES) {
      const { financial, operational, strategic } = DEFAULT_MODEL.weights[category];

      expect(strategic).toBeGreaterThan(Math.max(financial, operational));
    }
  });

  it('gives carriers more operational than financial weight, and others an even split', () => {
    expect(DEFAULT_MODEL.weights.carrier).toEqual({
      financial: 0.25,
      operational: 0.35,
      strategic: 0.4,
    });
    expect(DEFAULT_MODEL.weights.vendor).toEqual({
      financial: 0.3,
      operational: 0.3,
      strategic: 0.4,
    });
  });
});

describe('validateModel', () => {
  it.each<[string, (model: ScoringModel) => void, string]>([
    [
      'weights that do not add up to 1',
      (model) => (model.weights.vendor.strategic = 0.3),
      'vendor weights must add up to 1, they add up to 0.9',
    ],
    [
      'a weight beyond the tolerance of 1e-9',
      (model) => (model.weights.vendor.financial = 0.3 + 2e-9),
      'vendor weights must add up to 1',
    ],
    [
      'a negative weight',
      (model) => {
        model.weights.carrier.financial = -0.25;
        model.weights.carrier.operational = 0.85;
      },
      'carrier financial weight must be a number ≥ 0, got -0.25',
    ],
    [
      'a category without weights',
      (model) => delete (model.weights as Partial<ScoringModel['weights']>).opportunistic,
      'weights for opportunistic are missing',
    ],
    [
      'yellow at green',
      (model) => (model.thresholds = { green: 60, yellow: 60 }),
      'thresholds must satisfy 0 ≤ yellow < green ≤ 100, got 60 and 60',
    ],
    [
      'a negative yellow',
      (model) => (model.thresholds.yellow = -1),
      'thresholds must satisfy 0 ≤ yellow < green ≤ 100, got -1 and 70',
    ],
    [
      'green above 100',
      (model) => (model.thresholds.green = 101),
      'thresholds must satisfy 0 ≤ yellow < green ≤ 100, got 50 and 101',
    ],
    [
      'a zero priority',
      (model) => (model.categoryPriority.vendor = 0),
      'vendor priority must be a positive integer, got 0',
    ],
    [
      'a fractional priority',
      (model) => (model.categoryPriority.carrier = 1.5),
      'carrier priority must be a positive integer, got 1.5',
    ],
    [
      'a missing priority',
      (model) =>
        delete (model.categoryPriority as Partial<ScoringModel['categoryPriority']>).vendor,
      'vendor priority must be a positive integer, got undefined',
    ],
    ['a version of 0', (model) => (model.version = 0), 'version must be a positive integer, got 0'],
  ])('rejects %s', (_, change, problem) => {
    expect(validateModel(changed(change))).toEqual([expect.stringContaining(problem)]);
  });

  it('accepts weights that add up to 1 only within floating-point error', () => {
    // 0.1 + 0.2 + 0.7 is 1.0000000000000002 in binary floating point.
    const model = changed((draft) => {
      draft.weights.vendor = { financial: 0.1, operational: 0.2, strategic: 0.7 };
    });

    expect(validateModel(model)).toEqual([]);
  });

  it('accepts a weight of 0 and thresholds at the ends of the scale', () => {
    const model = changed((draft) => {
      draft.weights.opportunistic = { financial: 0, operational: 0.5, strategic: 0.5 };
      draft.thresholds = { green: 100, yellow: 0 };
    });

    expect(validateModel(model)).toEqual([]);
  });

  it('lists every problem at once, so they can all be fixed in one go', () => {
    const model = changed((draft) => {
      draft.weights.vendor.strategic = 0.5;
      draft.thresholds.yellow = 80;
      draft.categoryPriority.carrier = -4;
    });

    expect(validateModel(model)).toHaveLength(3);
  });
});
