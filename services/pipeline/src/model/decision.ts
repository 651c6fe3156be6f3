/*
 * The executive go / no-go decision that closes an opportunity. The decision is the
 * executive's, not the score's, but going against the score's recommendation must be
 * explained so the override can be reviewed later.
 */
import type { Recommendation } from './opportunity-score';
import type { Refusal } from './refusal';
import type { Stage } from './stages';

export type Decision = 'go' | 'no_go';

export interface DecisionInput {
  stage: Stage;
  recommendation: Recommendation;
  decision: Decision;
  rationale: string;
  overrideReason?: string | null;
}

export type DecisionRefusalCode =
  'decision.not_ready' | 'decision.rationale_required' | 'decision.override_reason_required';

// Enough to rule out "ok" or "approved", short enough not to stand in anyone's way.
const MIN_EXPLANATION_LENGTH = 10;

/** True when the decision goes against a go or no-go recommendation; never for a judgement call. */
export function isOverride(recommendation: Recommendation, decision: Decision): boolean {
  switch (recommendation) {
    case 'go':
      return decision === 'no_go';
    case 'no_go':
      return decision === 'go';
    case 'executive_judgement':
      return false;
  }
}

/**
 * Why the decision cannot be recorded, or null when it can. Checked in this order: the stage,
 * the rationale, the override reason. An override reason given when none is needed is
 * accepted, not refused: more explanation is never a fault.
 */
export function decisionRefusal(input: DecisionInput): Refusal<DecisionRefusalCode> | null {
  if (input.stage !== 'executive_signoff') {
    return {
      code: 'decision.not_ready',
      reason: `The opportunity is in ${input.stage}: only an opportunity in executive_signoff can be decided.`,
    };
  }
  if (!isExplanation(input.rationale)) {
    return {
      code: 'decision.rationale_required',
      reason: `Give a rationale of at least ${MIN_EXPLANATION_LENGTH} characters for the decision.`,
    };
  }
  if (isOverride(input.recommendation, input.decision) && !isExplanation(input.overrideReason)) {
    return {
      code: 'decision.override_reason_required',
      reason: `Deciding ${input.decision} against a ${input.recommendation} recommendation needs an override reason of at least ${MIN_EXPLANATION_LENGTH} characters.`,
    };
  }

  return null;
}

// Counted in characters as people see them (code points), once surrounding blanks are gone.
function isExplanation(text: string | null | undefined): boolean {
  return typeof text === 'string' && [...text.trim()].length >= MIN_EXPLANATION_LENGTH;
}
