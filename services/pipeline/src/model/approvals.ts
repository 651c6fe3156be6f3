/*
 * Who may approve or reject an opportunity at a review stage. The rules keep the review
 * honest: the stage's own role decides, whoever proposed the opportunity never reviews it,
 * and each review stage is reviewed by a different person. A rejection is judged by the same
 * rules as an approval, as sending an opportunity back is as weighty as letting it through.
 */
import type { Refusal } from './refusal';
import { APPROVER_ROLE, type ReviewStage, type Stage } from './stages';

export interface Approval {
  stage: ReviewStage;
  approvedBy: string;
}

export interface ReviewedOpportunity {
  stage: Stage;
  createdBy: string;
  /** Every approval recorded, including those given before the opportunity was sent back. */
  approvals: readonly Approval[];
}

export interface Reviewer {
  username: string;
  roles: readonly string[];
}

export type ReviewRefusalCode =
  'approval.out_of_order' | 'approval.wrong_role' | 'approval.creator' | 'approval.second_stage';

/**
 * Why `reviewer` may not approve or reject `opportunity` at `stage`, or null when they may.
 * Checked in this order: the stage is the current one, the reviewer holds its role, is not
 * the creator, and has not approved another stage of the opportunity. Usernames are compared
 * exactly: the caller passes them as the identity provider issues them.
 */
export function reviewRefusal(
  opportunity: ReviewedOpportunity,
  stage: ReviewStage,
  reviewer: Reviewer,
): Refusal<ReviewRefusalCode> | null {
  const role = APPROVER_ROLE[stage];
  if (opportunity.stage !== stage) {
    return {
      code: 'approval.out_of_order',
      reason: `The opportunity is in ${opportunity.stage}, not ${stage}: only its current stage can be reviewed.`,
    };
  }
  if (!reviewer.roles.includes(role)) {
    return {
      code: 'approval.wrong_role',
      reason: `Reviewing ${stage} needs the ${role} role.`,
    };
  }
  if (reviewer.username === opportunity.createdBy) {
    return {
      code: 'approval.creator',
      reason: 'Whoever created an opportunity cannot review any of its stages.',
    };
  }
  // Approving the same stage again, after the opportunity was sent back, is not a second
  // stage: the same person is looking at the same question again.
  const otherStage = opportunity.approvals.find(
    (approval) => approval.approvedBy === reviewer.username && approval.stage !== stage,
  );
  if (otherStage !== undefined) {
    return {
      code: 'approval.second_stage',
      reason: `${reviewer.username} already approved ${otherStage.stage}: each stage needs a different person.`,
    };
  }

  return null;
}

/** Why `approver` may not approve `opportunity` at `stage`, or null: see `reviewRefusal`. */
export function approvalRefusal(
  opportunity: ReviewedOpportunity,
  stage: ReviewStage,
  approver: Reviewer,
): Refusal<ReviewRefusalCode> | null {
  return reviewRefusal(opportunity, stage, approver);
}
