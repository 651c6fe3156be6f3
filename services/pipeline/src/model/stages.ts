/*
 * The stages an opportunity goes through, in order, and the plain moves between them. Three
 * stages are reviews: an opportunity leaves them only when the stage's approver approves
 * (or, at executive sign-off, decides), or when a reviewer rejects it and sends it back.
 * Those moves have their own checks (approvals.ts, decision.ts); this file refuses them as
 * plain moves so that no caller can skip a review by "just moving" the opportunity.
 */

export const STAGES = [
  'identified',
  'qualifying',
  'scored',
  'strategy_review',
  'legal_feasibility',
  'executive_signoff',
  'decided',
] as const;

/** A stage of the pipeline proper, in `STAGES` order. */
export type PipelineStage = (typeof STAGES)[number];

/** Terminal, like `decided`, but reachable from every stage before it. */
export const WITHDRAWN = 'withdrawn';

export type Stage = PipelineStage | typeof WITHDRAWN;

export const REVIEW_STAGES = ['strategy_review', 'legal_feasibility', 'executive_signoff'] as const;

export type ReviewStage = (typeof REVIEW_STAGES)[number];

export type ApproverRole = 'strategy' | 'legal' | 'executive';

/** The role a person needs to approve, reject or decide at each review stage. */
export const APPROVER_ROLE: Record<ReviewStage, ApproverRole> = {
  strategy_review: 'strategy',
  legal_feasibility: 'legal',
  executive_signoff: 'executive',
};

/** What a plain move needs to know about the opportunity beyond its stage. */
export interface MoveContext {
  /** Every qualification criterion is rated with a note. */
  qualificationComplete: boolean;
  /** A score has been computed. */
  scored: boolean;
}

/** True for the three stages that only an approval, a decision or a rejection can leave. */
export function isReviewStage(stage: Stage): stage is ReviewStage {
  return (REVIEW_STAGES as readonly Stage[]).includes(stage);
}

/** The index of a stage in `STAGES`, or null for `withdrawn`, which is outside the order. */
export function stagePosition(stage: Stage): number | null {
  const position = (STAGES as readonly Stage[]).indexOf(stage);

  return position === -1 ? null : position;
}

/**
 * Why a plain move from `from` to `to` is not allowed, as a sentence for the user, or null
 * when it is. Moving to the stage the opportunity is already in is refused too: it is not a
 * move, and recording it would add a meaningless stay to the funnel.
 */
export function moveRefusal(from: Stage, to: Stage, context: MoveContext): string | null {
  if (from === 'decided' || from === WITHDRAWN) {
    return `The opportunity is ${from}: a closed opportunity cannot move.`;
  }
  if (from === to) {
    return `The opportunity is already in ${from}.`;
  }
  if (to === WITHDRAWN) {
    return null;
  }
  const fromPosition = STAGES.indexOf(from);
  const toPosition = STAGES.indexOf(to);
  if (toPosition < fromPosition) {
    return `Only a reviewer's rejection at a review stage can send an opportunity back to ${to}.`;
  }
  if (isReviewStage(from)) {
    return leaveReviewRefusal(from);
  }
  if (toPosition > fromPosition + 1) {
    return `An opportunity moves one stage at a time: ${from} is followed by ${STAGES[fromPosition + 1]}.`;
  }

  return gateRefusal(to, context);
}

// Only the stages reachable by a plain forward move have a gate; `from` is not a review stage.
function gateRefusal(to: PipelineStage, context: MoveContext): string | null {
  switch (to) {
    case 'scored':
      return context.qualificationComplete
        ? null
        : 'Qualification is incomplete: rate every criterion, with a note, before scoring.';
    case 'strategy_review':
      return context.scored ? null : 'The opportunity has no score yet: score it before review.';
    case 'identified':
    case 'qualifying':
    case 'legal_feasibility':
    case 'executive_signoff':
    case 'decided':
      return null;
  }
}

function leaveReviewRefusal(from: ReviewStage): string {
  switch (from) {
    case 'strategy_review':
    case 'legal_feasibility':
      return `An opportunity leaves ${from} only when the ${APPROVER_ROLE[from]} approver approves it.`;
    case 'executive_signoff':
      return 'An opportunity leaves executive_signoff only by an executive go or no-go decision.';
  }
}

/**
 * The stages a rejection at `from` may send the opportunity back to, earliest first: from
 * qualifying up to the stage just before `from`. Never identified, which holds nothing to
 * redo: qualifying is the earliest stage where work is done.
 */
export function sendBackTargets(from: ReviewStage): PipelineStage[] {
  return STAGES.slice(STAGES.indexOf('qualifying'), STAGES.indexOf(from));
}
