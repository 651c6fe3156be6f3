import fc from 'fast-check';

import {
  costEfficiency,
  ratingScore,
  reliability,
  responsiveness,
  revenueContribution,
} from './normalise';

describe('revenueContribution', () => {
  it.each([
    [100_000, 100_000, 50],
    [50_000, 100_000, 25],
    [200_000, 100_000, 100],
    [300_000, 100_000, 100],
    [0, 100_000, 0],
    [-10_000, 100_000, 0],
  ])('scores revenue %p against a category mean of %p as %p', (revenue, benchmark, expected) => {
    expect(revenueContribution(revenue, benchmark)).toBe(expected);
  });

  it('keeps full precision', () => {
    expect(revenueContribution(1, 3)).toBeCloseTo(50 / 3, 12);
  });

  it.each([
    [null, 100_000],
    [100_000, null],
    [100_000, 0],
    [100_000, -5],
  ])('is unknown for revenue %p against a category mean of %p', (revenue, benchmark) => {
    expect(revenueContribution(revenue, benchmark)).toBeNull();
  });

  it('names the input that is not a finite number', () => {
    expect(() => revenueContribution(Number.NaN, 100)).toThrow(RangeError);
    expect(() => revenueContribution(100, Infinity)).toThrow(/revenueShareBenchmarkMinor/);
  });
});

describe('costEfficiency', () => {
  it.each([
    [100_000, 25_000, 75],
    [100_000, 0, 100],
    [100_000, 100_000, 0],
    [100_000, 150_000, 0],
    [null, 50_000, 0],
    [0, 50_000, 0],
  ])('scores revenue %p at cost %p as %p', (revenue, cost, expected) => {
    expect(costEfficiency(revenue, cost)).toBe(expected);
  });

  it.each([
    [100_000, null],
    [null, null],
    [0, 0],
    [null, 0],
  ])('is unknown for revenue %p at cost %p', (revenue, cost) => {
    expect(costEfficiency(revenue, cost)).toBeNull();
  });
});

describe('reliability', () => {
  it.each([
    [99, 0, 99],
    [99, null, 99],
    [98.5, 2, 78.5],
    [95, 12, 0],
    [120, 0, 100],
  ])('scores SLA attainment %p with %p incidents a quarter as %p', (sla, incidents, expected) => {
    expect(reliability(sla, incidents)).toBe(expected);
  });

  it('is unknown without SLA attainment, whatever the incidents', () => {
    expect(reliability(null, 0)).toBeNull();
    expect(reliability(null, 3)).toBeNull();
  });
});

describe('responsiveness', () => {
  it.each([
    [4, 4, 100],
    [2, 4, 100],
    [8, 4, 50],
    [16, 4, 25],
  ])('scores a response in %p hours against a %p-hour target as %p', (hours, target, expected) => {
    expect(responsiveness(hours, target)).toBe(expected);
  });

  it.each([
    [null, 4],
    [4, null],
    [0, 4],
    [4, 0],
    [-1, 4],
  ])('is unknown for %p hours against a %p-hour target', (hours, target) => {
    expect(responsiveness(hours, target)).toBeNull();
  });
});

describe('ratingScore', () => {
  it.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4, 75],
    [5, 100],
    [null, null],
  ])('puts rating %p at %p', (rating, expected) => {
    expect(ratingScore('optionality', rating)).toBe(expected);
  });

  it.each([0, 6, 2.5, Number.NaN])('rejects rating %p, naming the field', (rating) => {
    expect(() => ratingScore('alignment', rating)).toThrow(RangeError);
    expect(() => ratingScore('alignment', rating)).toThrow(/^alignment must be/);
  });
});

describe('normalisation invariants', () => {
  const amount = fc.option(fc.integer({ min: -1_000_000, max: 1_000_000_000 }));
  const measure = fc.option(fc.double({ min: -1_000, max: 1_000, noNaN: true }));
  const inRange = (value: number | null) => value === null || (value >= 0 && value <= 100);

  it('keeps every sub-score within 0–100 or unknown', () => {
    fc.assert(
      fc.property(amount, amount, measure, measure, (revenue, other, first, second) => {
        expect(inRange(revenueContribution(revenue, other))).toBe(true);
        expect(inRange(costEfficiency(revenue, other))).toBe(true);
        expect(inRange(reliability(first, second))).toBe(true);
        expect(inRange(responsiveness(first, second))).toBe(true);
      }),
    );
  });

  it('never scores more revenue lower, nor a slower response higher', () => {
    const positive = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(positive, positive, positive, (base, extra, other) => {
        expect(revenueContribution(base + extra, other)).toBeGreaterThanOrEqual(
          revenueContribution(base, other) ?? Number.NaN,
        );
        expect(responsiveness(base + extra, other)).toBeLessThanOrEqual(
          responsiveness(base, other) ?? Number.NaN,
        );
      }),
    );
  });
});
