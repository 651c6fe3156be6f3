import fc from 'fast-check';

import {
  APPROVER_ROLE,
  isReviewStage,
  moveRefusal,
  REVIEW_STAGES,
  sendBackTargets,
  type Stage,
  stagePosition,
  STAGES,
  WITHDRAWN,
} from './stages';

const ready = { qualificationComplete: true, scored: true };
const unready = { qualificationComplete: false, scored: false };
const everyStage: Stage[] = [...STAGES, WITHDRAWN];

describe('the stages of an opportunity', () => {
  it('run from identified to decided, with three review stages before the decision', () => {
    expect(STAGES).toEqual([
      'identified',
      'qualifying',
      'scored',
      'strategy_review',
      'legal_feasibility',
      'executive_signoff',
      'decided',
    ]);
    expect(REVIEW_STAGES).toEqual(['strategy_review', 'legal_feasibility', 'executive_signoff']);
    expect(everyStage.filter(isReviewStage)).toEqual(REVIEW_STAGES);
  });

  it('gives each review stage its own approver role', () => {
    expect(APPROVER_ROLE).toEqual({
      strategy_review: 'strategy',
      legal_feasibility: 'legal',
      executive_signoff: 'executive',
    });
  });

  it('places withdrawn outside the order', () => {
    expect(stagePosition('identified')).toBe(0);
    expect(stagePosition('decided')).toBe(6);
    expect(stagePosition(WITHDRAWN)).toBeNull();
  });
});

describe('moveRefusal', () => {
  it.each<[Stage, Stage]>([
    ['identified', 'qualifying'],
    ['qualifying', 'scored'],
    ['scored', 'strategy_review'],
  ])('allows the forward move from %s to %s once its condition is met', (from, to) => {
    expect(moveRefusal(from, to, ready)).toBeNull();
  });

  it('lets an identified opportunity into qualifying before anything is rated or scored', () => {
    expect(moveRefusal('identified', 'qualifying', unready)).toBeNull();
  });

  it.each(STAGES.filter((stage) => stage !== 'decided'))(
    'allows withdrawing from %s, whatever is missing',
    (from) => {
      expect(moveRefusal(from, WITHDRAWN, unready)).toBeNull();
    },
  );

  it.each<[Stage, Stage, { qualificationComplete: boolean; scored: boolean }, RegExp]>([
    [
      'qualifying',
      'scored',
      { qualificationComplete: false, scored: true },
      /rate every criterion/,
    ],
    ['scored', 'strategy_review', { qualificationComplete: true, scored: false }, /no score yet/],
    ['strategy_review', 'legal_feasibility', ready, /only when the strategy approver approves/],
    ['legal_feasibility', 'executive_signoff', ready, /only when the legal approver approves/],
    ['executive_signoff', 'decided', ready, /only by an executive go or no-go decision/],
    ['strategy_review', 'decided', ready, /only when the strategy approver approves/],
    ['identified', 'scored', ready, /one stage at a time: identified is followed by qualifying/],
    ['qualifying', 'decided', ready, /one stage at a time/],
    ['scored', 'qualifying', ready, /Only a reviewer's rejection .* back to qualifying/],
    ['legal_feasibility', 'scored', ready, /Only a reviewer's rejection .* back to scored/],
    ['qualifying', 'qualifying', ready, /already in qualifying/],
    ['decided', WITHDRAWN, ready, /decided: a closed opportunity cannot move/],
    [WITHDRAWN, 'identified', ready, /withdrawn: a closed opportunity cannot move/],
    [WITHDRAWN, WITHDRAWN, ready, /closed opportunity/],
  ])('refuses %s → %s and says why', (from, to, context, reason) => {
    expect(moveRefusal(from, to, context)).toMatch(reason);
  });

  it('allows only withdrawal, or the next stage out of a non-review stage once its gate is met', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...everyStage),
        fc.constantFrom(...everyStage),
        fc.record({ qualificationComplete: fc.boolean(), scored: fc.boolean() }),
        (from, to, context) => {
          const fromPosition = stagePosition(from);
          const open = from !== 'decided' && from !== WITHDRAWN;
          const next =
            fromPosition !== null && !isReviewStage(from) && stagePosition(to) === fromPosition + 1;
          const gateMet =
            (to !== 'scored' || context.qualificationComplete) &&
            (to !== 'strategy_review' || context.scored);

          expect(moveRefusal(from, to, context) === null).toBe(
            open && (to === WITHDRAWN || (next && gateMet)),
          );
        },
      ),
    );
  });

  it('never lets a plain move do what a rejection does', () => {
    for (const from of REVIEW_STAGES) {
      for (const target of sendBackTargets(from)) {
        expect(moveRefusal(from, target, ready)).toMatch(/rejection/);
      }
    }
  });
});

describe('sendBackTargets', () => {
  it.each([
    ['strategy_review', ['qualifying', 'scored']],
    ['legal_feasibility', ['qualifying', 'scored', 'strategy_review']],
    ['executive_signoff', ['qualifying', 'scored', 'strategy_review', 'legal_feasibility']],
  ] as const)('sends back from %s to one of %j', (from, targets) => {
    expect(sendBackTargets(from)).toEqual(targets);
  });
});
