import { scoreTrend } from './trend';

const at = (day: string, score: number | null) => ({ score, computedAt: `${day}T09:00:00.000Z` });

describe('the trend of a score', () => {
  it('compares the latest score with the one in force a quarter earlier', () => {
    const history = [
      at('2026-11-20', 72),
      at('2026-10-01', 40),
      at('2026-08-01', 61),
      at('2026-02-01', 90),
    ];

    expect(scoreTrend(history)).toEqual({
      direction: 'improving',
      change: 11,
      since: '2026-08-01T09:00:00.000Z',
    });
  });

  it('falls back to the oldest score when the history is younger than a quarter', () => {
    expect(scoreTrend([at('2026-11-20', 48.5), at('2026-11-01', 63)])).toMatchObject({
      direction: 'declining',
      change: -14.5,
    });
  });

  it.each([
    [[at('2026-11-20', 70), at('2026-06-01', 68.1)], 'stable'],
    [[at('2026-11-20', 70)], 'unknown'],
    [[at('2026-11-20', null), at('2026-06-01', 50)], 'unknown'],
  ])('reads %j as %s', (history, direction) => {
    expect(scoreTrend(history).direction).toBe(direction);
  });
});
