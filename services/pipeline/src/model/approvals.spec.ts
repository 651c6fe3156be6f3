import fc from 'fast-check';

import {
  type Approval,
  approvalRefusal,
  type ReviewedOpportunity,
  type Reviewer,
  reviewRefusal,
} from './approvals';
import { APPROVER_ROLE, REVIEW_STAGES, type Stage, STAGES, WITHDRAWN } from './stages';

const opportunity = (stage: Stage, approvals: Approval[] = []): ReviewedOpportunity => ({
  stage,
  createdBy: 'carol',
  approvals,
});
const person = (username: string, ...roles: string[]): Reviewer => ({ username, roles });
const sam = person('sam', 'strategy');
const codeOf = (refusal: { code: string } | null) => refusal?.code ?? null;

describe('approvalRefusal', () => {
  it('lets a holder of the stage role approve the current stage', () => {
    expect(approvalRefusal(opportunity('strategy_review'), 'strategy_review', sam)).toBeNull();
    expect(
      approvalRefusal(
        opportunity('executive_signoff', [{ stage: 'strategy_review', approvedBy: 'sam' }]),
        'executive_signoff',
        person('erin', 'executive'),
      ),
    ).toBeNull();
  });

  it.each<[Stage]>([['legal_feasibility'], ['scored'], [WITHDRAWN], ['decided']])(
    'refuses to approve strategy review of an opportunity in %s',
    (stage) => {
      expect(approvalRefusal(opportunity(stage), 'strategy_review', sam)).toEqual({
        code: 'approval.out_of_order',
        reason: `The opportunity is in ${stage}, not strategy_review: only its current stage can be reviewed.`,
      });
    },
  );

  it.each([
    ['someone with another review role', person('lena', 'legal')],
    ['an administrator', person('ada', 'admin')],
    ['someone with no role', person('nobody')],
  ])('refuses %s at strategy review', (_, reviewer) => {
    expect(approvalRefusal(opportunity('strategy_review'), 'strategy_review', reviewer)).toEqual({
      code: 'approval.wrong_role',
      reason: 'Reviewing strategy_review needs the strategy role.',
    });
  });

  it('never lets the creator approve, even holding the role', () => {
    expect(
      codeOf(
        approvalRefusal(
          opportunity('strategy_review'),
          'strategy_review',
          person('carol', 'strategy'),
        ),
      ),
    ).toBe('approval.creator');
  });

  it('refuses a second stage to someone who approved an earlier one', () => {
    const afterStrategy = opportunity('legal_feasibility', [
      { stage: 'strategy_review', approvedBy: 'sam' },
    ]);

    expect(
      approvalRefusal(afterStrategy, 'legal_feasibility', person('sam', 'strategy', 'legal')),
    ).toEqual({
      code: 'approval.second_stage',
      reason: 'sam already approved strategy_review: each stage needs a different person.',
    });
  });

  it('lets the same person approve the same stage again after a send-back', () => {
    const backAtStrategy = opportunity('strategy_review', [
      { stage: 'strategy_review', approvedBy: 'sam' },
    ]);

    expect(approvalRefusal(backAtStrategy, 'strategy_review', sam)).toBeNull();
  });

  it.each([
    [
      'out of order before wrong role',
      'strategy_review',
      person('carol', 'legal'),
      'approval.out_of_order',
    ],
    [
      'wrong role before creator',
      'legal_feasibility',
      person('carol', 'strategy'),
      'approval.wrong_role',
    ],
    [
      'creator before second stage',
      'legal_feasibility',
      person('carol', 'legal'),
      'approval.creator',
    ],
  ] as const)('checks %s', (_, stage, reviewer, code) => {
    // Carol created it and, against the rules, is recorded as its strategy approver.
    const tangled = opportunity('legal_feasibility', [
      { stage: 'strategy_review', approvedBy: 'carol' },
    ]);

    expect(codeOf(approvalRefusal(tangled, stage, reviewer))).toBe(code);
  });
});

describe('reviewRefusal', () => {
  it('refuses a rejection by the creator, as it refuses an approval', () => {
    expect(
      codeOf(
        reviewRefusal(
          opportunity('legal_feasibility'),
          'legal_feasibility',
          person('carol', 'legal'),
        ),
      ),
    ).toBe('approval.creator');
  });

  const stage = fc.constantFrom(...REVIEW_STAGES);
  const username = fc.constantFrom('carol', 'sam', 'lena', 'erin');
  const reviewerArbitrary = fc.record({
    username,
    roles: fc.subarray(['strategy', 'legal', 'executive', 'admin']),
  });
  const opportunityArbitrary = fc.record({
    stage: fc.constantFrom<Stage>(...STAGES, WITHDRAWN),
    createdBy: username,
    approvals: fc.array(fc.record({ stage, approvedBy: username }), { maxLength: 4 }),
  });

  it('is the approval check, and allows exactly what the four rules allow', () => {
    fc.assert(
      fc.property(opportunityArbitrary, stage, reviewerArbitrary, (reviewed, at, reviewer) => {
        const refusal = reviewRefusal(reviewed, at, reviewer);
        const allowed =
          reviewed.stage === at &&
          reviewer.roles.includes(APPROVER_ROLE[at]) &&
          reviewer.username !== reviewed.createdBy &&
          reviewed.approvals.every(
            (approval) => approval.approvedBy !== reviewer.username || approval.stage === at,
          );

        expect(refusal === null).toBe(allowed);
        expect(approvalRefusal(reviewed, at, reviewer)).toEqual(refusal);
      }),
    );
  });
});
