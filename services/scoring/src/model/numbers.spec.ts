import fc from 'fast-check';

import { clampScore, roundToTenth, weightedMean } from './numbers';

describe('clampScore', () => {
  it.each([
    [-5, 0],
    [0, 0],
    [42.5, 42.5],
    [100, 100],
    [130, 100],
  ])('holds %p at %p', (value, expected) => {
    expect(clampScore(value)).toBe(expected);
  });
});

describe('roundToTenth', () => {
  it.each([
    [62.25, 62.3],
    [62.24, 62.2],
    [100 / 3, 33.3],
    [200 / 3, 66.7],
    [70, 70],
  ])('rounds %p half up to %p', (value, expected) => {
    expect(roundToTenth(value)).toBe(expected);
  });
});

describe('weightedMean', () => {
  it('weighs each value by its weight', () => {
    // (80 × 1 + 40 × 3) / 4 = 50
    expect(
      weightedMean([
        { value: 80, weight: 1 },
        { value: 40, weight: 3 },
      ]),
    ).toBe(50);
  });

  it('has nothing to say about no values, or values that all weigh nothing', () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([{ value: 80, weight: 0 }])).toBeNull();
  });

  it('lies between the smallest and the largest value', () => {
    const item = fc.record({
      value: fc.double({ min: 0, max: 100, noNaN: true }),
      weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1 }), (items) => {
        const mean = weightedMean(items) ?? Number.NaN;
        const values = items.map((entry) => entry.value);

        expect(mean).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(mean).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
      }),
    );
  });
});
