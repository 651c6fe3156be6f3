import type { EntityManager } from 'typeorm';

import type { OpportunityView } from '@pn/pipeline-api';

import type { Opportunity } from './opportunity.entity';
import { OpportunityDecision } from './opportunity-decision.entity';
import { OpportunityReview } from './opportunity-review.entity';
import { OpportunityTransition } from './opportunity-transition.entity';

export function toView(opportunity: Opportunity): OpportunityView {
  return {
    id: opportunity.id,
    entityId: opportunity.entityId,
    counterparty: opportunity.counterparty,
    proposedCategory: opportunity.proposedCategory,
    source: opportunity.source,
    sponsorUsername: opportunity.sponsorUsername,
    description: opportunity.description,
    estimatedValue: {
      amountMinor: Number(opportunity.estimatedValueMinor),
      currency: opportunity.currency,
    },
    potential: opportunity.potential,
    documentLinks: opportunity.documentLinks,
    stage: opportunity.stage,
    stageEnteredAt: opportunity.stageEnteredAt.toISOString(),
    qualification: opportunity.qualification,
    score: opportunity.score,
    partnerId: opportunity.partnerId,
    createdBy: opportunity.createdBy,
    createdAt: opportunity.createdAt.toISOString(),
  };
}

/** The opportunity with its history: every move, every review and the decision. */
export async function detailOf(manager: EntityManager, opportunity: Opportunity) {
  const [transitions, reviews, decision] = await Promise.all([
    manager.find(OpportunityTransition, {
      where: { opportunityId: opportunity.id },
      order: { movedAt: 'ASC' },
    }),
    manager.find(OpportunityReview, {
      where: { opportunityId: opportunity.id },
      order: { reviewedAt: 'ASC' },
    }),
    manager.findOneBy(OpportunityDecision, { opportunityId: opportunity.id }),
  ]);

  return {
    ...toView(opportunity),
    transitions: transitions.map((transition) => ({
      from: transition.fromStage,
      to: transition.toStage,
      by: transition.movedBy,
      reason: transition.reason,
      at: transition.movedAt.toISOString(),
    })),
    reviews: reviews.map((review) => ({
      stage: review.stage as 'strategy_review' | 'legal_feasibility' | 'executive_signoff',
      outcome: review.outcome,
      by: review.reviewedBy,
      comment: review.comment,
      sentBackTo: review.sentBackTo,
      at: review.reviewedAt.toISOString(),
    })),
    decision: decision
      ? {
          decision: decision.decision,
          rationale: decision.rationale,
          overrideReason: decision.overrideReason,
          recommendation: decision.recommendation,
          score: decision.score === null ? null : Number(decision.score),
          modelVersion: decision.modelVersion,
          goThreshold: decision.goThreshold === null ? null : Number(decision.goThreshold),
          noGoThreshold: decision.noGoThreshold === null ? null : Number(decision.noGoThreshold),
          decidedBy: decision.decidedBy,
          decidedAt: decision.decidedAt.toISOString(),
        }
      : null,
  };
}
