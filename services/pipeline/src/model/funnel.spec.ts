import { funnelMetrics, type StageFunnel, type StageTransition } from './funnel';
import { type Stage, STAGES, WITHDRAWN } from './stages';

// Each journey lists its stages with the day (of January 2026, at midnight UTC) they were
// entered; fractions of a day are hours.
const journey = (opportunityId: string, ...steps: [Stage, number][]): StageTransition[] =>
  steps.map(([to, day], index) => ({
    opportunityId,
    from: index === 0 ? null : steps[index - 1][0],
    to,
    at: new Date(Date.UTC(2026, 0, 1) + (day - 1) * 86_400_000).toISOString(),
  }));
const NOW = '2026-03-31T00:00:00.000Z';

// A went all the way; B was sent back from strategy review, scored again, then withdrawn;
// C was withdrawn at once; D is still qualifying; E was just identified (day 89 is March 30)
// and moves on only after NOW.
const A = journey(
  'A',
  ['identified', 1],
  ['qualifying', 3],
  ['scored', 8],
  ['strategy_review', 10],
  ['legal_feasibility', 14],
  ['executive_signoff', 20],
  ['decided', 23],
);
const B = journey(
  'B',
  ['identified', 1],
  ['qualifying', 2],
  ['scored', 5],
  ['strategy_review', 6],
  ['qualifying', 9],
  ['scored', 10.5],
  [WITHDRAWN, 12.5],
);
const C = journey('C', ['identified', 5], [WITHDRAWN, 6]);
const D = journey('D', ['identified', 10], ['qualifying', 14]);
const E = journey('E', ['identified', 89], ['qualifying', 92]);
const history = [...A, ...B, ...C, ...D, ...E];

const row = (
  stage: StageFunnel['stage'],
  entered: number,
  advanced: number,
  conversionPct: number | null,
  medianDaysInStage: number | null,
): StageFunnel => ({ stage, entered, advanced, conversionPct, medianDaysInStage });

describe('funnelMetrics', () => {
  it('counts entries, advances, conversion and median stay for every stage but decided', () => {
    expect(funnelMetrics(history, NOW)).toEqual([
      // A, B, C, D and E entered; A, B and D went on; stays of 2, 1, 1 and 4 days.
      row('identified', 5, 3, 60, 1.5),
      // B's two stays, 3 and 1.5 days, both count with A's 5; D is still there.
      row('qualifying', 3, 2, 66.7, 3),
      // B counts once though it was scored twice: it reached strategy review the first time.
      row('scored', 2, 2, 100, 2),
      // B was sent back, which is not advancing; stays of 4 and 3 days.
      row('strategy_review', 2, 1, 50, 3.5),
      row('legal_feasibility', 1, 1, 100, 6),
      // A reaching decided advances it, whatever the decision.
      row('executive_signoff', 1, 1, 100, 3),
    ]);
  });

  it('leaves out transitions after now, so a past funnel can be rebuilt', () => {
    const later = funnelMetrics(history, '2026-04-05T00:00:00.000Z');

    // E moved to qualifying on April 2: its 3 days in identified now count.
    expect(later[0]).toEqual(row('identified', 5, 4, 80, 2));
    expect(later[1]).toMatchObject({ entered: 4, advanced: 2, conversionPct: 50 });
    expect(funnelMetrics(history, '2026-01-01T00:00:00.000Z')[0]).toEqual(
      row('identified', 2, 0, 0, null),
    );
  });

  it('does not depend on the order transitions come in', () => {
    expect(funnelMetrics([...history].reverse(), NOW)).toEqual(funnelMetrics(history, NOW));
  });

  it('keeps the given order of transitions made at the same instant', () => {
    const sameInstant = journey('F', ['identified', 1], ['qualifying', 1], ['scored', 3.25]);

    expect(funnelMetrics(sameInstant, NOW).slice(0, 3)).toEqual([
      row('identified', 1, 1, 100, 0),
      // 2 days and 6 hours.
      row('qualifying', 1, 1, 100, 2.3),
      row('scored', 1, 0, 0, null),
    ]);
  });

  it('shows no conversion and no median for stages nobody entered', () => {
    expect(funnelMetrics([], NOW).map((stage) => stage.stage)).toEqual(STAGES.slice(0, 6));
    expect(funnelMetrics([], NOW).every((stage) => stage.entered === 0)).toBe(true);
    expect(funnelMetrics([], NOW)[2]).toEqual(row('scored', 0, 0, null, null));
  });

  it('refuses a date and time it cannot read', () => {
    expect(() => funnelMetrics(history, 'yesterday')).toThrow(RangeError);
    expect(() =>
      funnelMetrics([{ opportunityId: 'X', from: null, to: 'identified', at: '2026-13-45' }], NOW),
    ).toThrow('2026-13-45');
  });
});
