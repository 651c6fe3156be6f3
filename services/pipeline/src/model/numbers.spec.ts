import { median, roundToTenth } from './numbers';

describe('roundToTenth', () => {
  it.each([
    [66.25, 66.3],
    [66.24, 66.2],
    [0.45 * 75 + 0.35 * 50 + 0.2 * 75, 66.3],
    // 0.29 × 25 comes out as 7.249999999999999; by hand it is 7.25, rounded up.
    [0.29 * 25, 7.3],
    [200 / 3, 66.7],
    [70, 70],
    [0, 0],
  ])('rounds %p half up to %p', (value, expected) => {
    expect(roundToTenth(value)).toBe(expected);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[5, 1, 3], 3],
    [[4, 1, 2, 1], 1.5],
    [[2, 2, 9, 9], 5.5],
  ])('of %j is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('leaves the values it is given in their order', () => {
    const values = [3, 1, 2];
    median(values);

    expect(values).toEqual([3, 1, 2]);
  });
});
