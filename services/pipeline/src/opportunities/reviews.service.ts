import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, type EntityManager } from 'typeorm';

import type { Caller } from '@pn/auth';
import { DomainError } from '@pn/errors';
import { opportunityDecided } from '@pn/events';
import { appendToOutbox, OutboxRelay } from '@pn/messaging';
import type { DecideInput, ReviewInput } from '@pn/pipeline-api';

import { reviewRefusal } from '../model/approvals';
import { decisionRefusal, isOverride } from '../model/decision';
import { type ReviewStage, sendBackTargets, type Stage } from '../model/stages';
import { OpportunitiesService } from './opportunities.service';
import type { Opportunity } from './opportunity.entity';
import { OpportunityDecision } from './opportunity-decision.entity';
import { lockedOpportunity, moveTo, refused } from './opportunity-records';
import { OpportunityReview } from './opportunity-review.entity';

const NEXT: Record<'strategy_review' | 'legal_feasibility', Stage> = {
  strategy_review: 'legal_feasibility',
  legal_feasibility: 'executive_signoff',
};

/**
 * The staged approvals and the go/no-go: strategy, legal and an executive review in that
 * order, each by the right role, never by the opportunity's creator, never two stages by one
 * person. A rejection ends the opportunity as no-go or sends it back; the decision records
 * its rationale, the score, model and thresholds in force, and any override's reason.
 */
@Injectable()
export class ReviewsService {
  private readonly logger = new Logger(ReviewsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly opportunities: OpportunitiesService,
  ) {}

  async review(caller: Caller, id: string, stage: ReviewStage, command: ReviewInput) {
    await this.dataSource.transaction(async (manager) => {
      const opportunity = await lockedOpportunity(manager, caller, id);
      await this.checkReviewer(manager, opportunity, stage, caller);
      if (command.outcome === 'approve') {
        if (stage === 'executive_signoff') {
          throw new DomainError(
            'approval.decide_instead',
            'conflict',
            'the executive sign-off is the decision: record it with its rationale',
          );
        }
        await this.record(manager, opportunity, stage, 'approved', caller, command.comment);
        await moveTo(manager, opportunity, NEXT[stage], caller.username, command.comment);
      } else if (command.sendBackTo) {
        const targets = sendBackTargets(stage);
        if (!(targets as Stage[]).includes(command.sendBackTo)) {
          throw new DomainError(
            'review.invalid_send_back',
            'validation',
            `a rejection at ${stage} sends back to one of ${targets.join(', ')}, not ${command.sendBackTo}`,
          );
        }
        await this.record(
          manager,
          opportunity,
          stage,
          'rejected',
          caller,
          command.comment,
          command.sendBackTo,
        );
        await moveTo(manager, opportunity, command.sendBackTo, caller.username, command.comment);
      } else {
        await this.record(manager, opportunity, stage, 'rejected', caller, command.comment);
        await this.decide(manager, opportunity, caller, {
          decision: 'no_go',
          rationale: command.comment,
          overrideReason: command.overrideReason,
        });
      }
    });
    this.relay.notify();
    this.logger.log(`${stage} of opportunity ${id}: ${command.outcome} by ${caller.username}`);

    return this.opportunities.get(caller, id);
  }

  /** The executive sign-off: go or no-go, by an executive who reviewed no earlier stage. */
  async signOff(caller: Caller, id: string, command: DecideInput) {
    await this.dataSource.transaction(async (manager) => {
      const opportunity = await lockedOpportunity(manager, caller, id);
      await this.checkReviewer(manager, opportunity, 'executive_signoff', caller);
      await this.record(
        manager,
        opportunity,
        'executive_signoff',
        command.decision === 'go' ? 'approved' : 'rejected',
        caller,
        command.rationale,
      );
      await this.decide(manager, opportunity, caller, command);
    });
    this.relay.notify();
    this.logger.log(`opportunity ${id} decided ${command.decision} by ${caller.username}`);

    return this.opportunities.get(caller, id);
  }

  private async checkReviewer(
    manager: EntityManager,
    opportunity: Opportunity,
    stage: ReviewStage,
    caller: Caller,
  ): Promise<void> {
    const approvals = await manager.findBy(OpportunityReview, { opportunityId: opportunity.id });
    const refusal = reviewRefusal(
      {
        stage: opportunity.stage,
        createdBy: opportunity.createdBy,
        approvals: approvals
          .filter((review) => review.outcome === 'approved')
          .map((review) => ({ stage: review.stage as ReviewStage, approvedBy: review.reviewedBy })),
      },
      stage,
      caller,
    );
    if (refusal) {
      throw refused(refusal, refusal.code === 'approval.out_of_order' ? 'conflict' : 'forbidden');
    }
  }

  private async record(
    manager: EntityManager,
    opportunity: Opportunity,
    stage: ReviewStage,
    outcome: 'approved' | 'rejected',
    caller: Caller,
    comment: string,
    sentBackTo: Stage | null = null,
  ): Promise<void> {
    await manager.insert(OpportunityReview, {
      id: randomUUID(),
      opportunityId: opportunity.id,
      stage,
      outcome,
      reviewedBy: caller.username,
      comment,
      sentBackTo,
    });
  }

  private async decide(
    manager: EntityManager,
    opportunity: Opportunity,
    caller: Caller,
    command: DecideInput,
  ): Promise<void> {
    const score = opportunity.score;
    const recommendation = score?.recommendation ?? 'executive_judgement';
    const refusal = decisionRefusal({
      // A rejection at an earlier stage ends the opportunity there: it is ready to decide.
      stage: 'executive_signoff',
      recommendation,
      decision: command.decision,
      rationale: command.rationale,
      overrideReason: command.overrideReason,
    });
    if (refusal) {
      throw refused(refusal, 'validation');
    }
    await manager.insert(OpportunityDecision, {
      opportunityId: opportunity.id,
      entityId: opportunity.entityId,
      decision: command.decision,
      rationale: command.rationale,
      overrideReason: isOverride(recommendation, command.decision)
        ? (command.overrideReason ?? null)
        : null,
      recommendation: score?.recommendation ?? null,
      score: score ? score.score.toFixed(1) : null,
      modelVersion: score?.modelVersion ?? null,
      goThreshold: score ? String(score.goThreshold) : null,
      noGoThreshold: score ? String(score.noGoThreshold) : null,
      decidedBy: caller.username,
    });
    await moveTo(
      manager,
      opportunity,
      'decided',
      caller.username,
      `${command.decision}: ${command.rationale}`,
    );
    await appendToOutbox(
      manager,
      opportunityDecided,
      {
        opportunityId: opportunity.id,
        entityId: opportunity.entityId,
        counterparty: opportunity.counterparty,
        proposedCategory: opportunity.proposedCategory as 'carrier',
        sponsorUsername: opportunity.sponsorUsername,
        description: opportunity.description,
        decision: command.decision,
        rationale: command.rationale,
        recommendation: score?.recommendation ?? null,
        overridden: isOverride(recommendation, command.decision),
        decidedBy: caller.username,
      },
      { entityId: opportunity.entityId, subject: opportunity.id },
    );
  }
}
