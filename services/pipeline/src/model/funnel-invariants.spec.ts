import fc from 'fast-check';

import { funnelMetrics, type StageTransition } from './funnel';
import {
  isReviewStage,
  type PipelineStage,
  sendBackTargets,
  type Stage,
  STAGES,
  WITHDRAWN,
} from './stages';

// A journey as the rules allow it: forward one stage (by a move, an approval or the decision),
// a withdrawal, or from a review stage a send-back; hours between steps are at least one.
const step = (from: PipelineStage) =>
  fc.constantFrom<Stage>(
    STAGES[STAGES.indexOf(from) + 1],
    WITHDRAWN,
    ...(isReviewStage(from) ? sendBackTargets(from) : []),
  );
const journeyArbitrary = (opportunityId: string): fc.Arbitrary<StageTransition[]> =>
  fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 12 }).chain((gapsInHours) => {
    const walk = (stage: Stage, index: number): fc.Arbitrary<Stage[]> =>
      index >= gapsInHours.length || stage === 'decided' || stage === WITHDRAWN
        ? fc.constant([])
        : step(stage).chain((next) => walk(next, index + 1).map((rest) => [next, ...rest]));

    return walk('identified', 0).map((stages) => {
      const path: Stage[] = ['identified', ...stages];
      let hours = 0;

      return path.map((to, index) => {
        hours += index === 0 ? 0 : gapsInHours[index - 1];

        return {
          opportunityId,
          from: index === 0 ? null : path[index - 1],
          to,
          at: new Date(Date.UTC(2026, 0, 1) + hours * 3_600_000).toISOString(),
        };
      });
    });
  });
const historyArbitrary = fc
  .integer({ min: 0, max: 6 })
  .chain((count) =>
    fc.tuple(...Array.from({ length: count }, (_, index) => journeyArbitrary(`o${index}`))),
  )
  .map((journeys) => journeys.flat());
const FAR_FUTURE = '2030-01-01T00:00:00.000Z';

describe('funnel invariants', () => {
  it('never advances more than entered, nor enters a stage more than advanced from the one before', () => {
    fc.assert(
      fc.property(historyArbitrary, (transitions) => {
        const funnel = funnelMetrics(transitions, FAR_FUTURE);

        funnel.forEach((stage) => {
          expect(stage.advanced).toBeLessThanOrEqual(stage.entered);
          expect(stage.conversionPct === null).toBe(stage.entered === 0);
        });
        funnel.slice(1).forEach((stage, index) => {
          expect(stage.entered).toBeLessThanOrEqual(funnel[index].advanced);
        });
        expect(funnel[0].entered).toBe(new Set(transitions.map((t) => t.opportunityId)).size);
      }),
    );
  });

  it('gives the same funnel whatever order the transitions come in', () => {
    const shuffled = historyArbitrary.chain((transitions) =>
      fc.tuple(
        fc.constant(transitions),
        fc.shuffledSubarray(transitions, {
          minLength: transitions.length,
          maxLength: transitions.length,
        }),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([inOrder, reordered]) => {
        expect(funnelMetrics(reordered, FAR_FUTURE)).toEqual(funnelMetrics(inOrder, FAR_FUTURE));
      }),
    );
  });
});
