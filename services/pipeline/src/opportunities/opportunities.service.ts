import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, In } from 'typeorm';

import { type Caller, requireEntity, requireRole, visibleEntities, WRITER_ROLES } from '@pn/auth';
import { DomainError } from '@pn/errors';
import type { CreateOpportunity, Qualify, ScoreOpportunityInput } from '@pn/pipeline-api';

import { scoreOpportunity } from '../model/opportunity-score';
import { isQualificationComplete, qualificationGaps } from '../model/qualification';
import { moveRefusal, type Stage } from '../model/stages';
import { currentOpportunityModel } from './current-model';
import { Opportunity } from './opportunity.entity';
import { lockedOpportunity, moveTo, opportunityNotFound } from './opportunity-records';
import { OpportunityTransition } from './opportunity-transition.entity';
import { detailOf, toView } from './opportunity-view';

/**
 * Opportunities from identification to scoring: created with their facts, moved only along
 * the allowed stages (each move recorded with who, when and why), qualified on the three
 * criteria, and scored with the versioned model once qualification is complete.
 */
@Injectable()
export class OpportunitiesService {
  private readonly logger = new Logger(OpportunitiesService.name);

  constructor(private readonly dataSource: DataSource) {}

  async create(caller: Caller, command: CreateOpportunity) {
    requireRole(caller, WRITER_ROLES);
    requireEntity(caller, command.entityId);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(Opportunity, {
        id,
        entityId: command.entityId,
        counterparty: command.counterparty,
        proposedCategory: command.proposedCategory,
        source: command.source,
        sponsorUsername: command.sponsorUsername,
        description: command.description,
        estimatedValueMinor: String(command.estimatedValue.amountMinor),
        currency: command.estimatedValue.currency,
        potential: command.potential,
        documentLinks: command.documentLinks,
        createdBy: caller.username,
      });
      await manager.insert(OpportunityTransition, {
        id: randomUUID(),
        opportunityId: id,
        entityId: command.entityId,
        fromStage: null,
        toStage: 'identified',
        movedBy: caller.username,
        reason: `identified through ${command.source.replace('_', ' ')}`,
      });
    });
    this.logger.log(`opportunity ${id} (${command.counterparty}) identified by ${caller.username}`);

    return this.get(caller, id);
  }

  async list(caller: Caller, query: { entityId?: string; stage?: Stage; limit: number }) {
    const opportunities = await this.dataSource.getRepository(Opportunity).find({
      where: {
        entityId: In(
          visibleEntities(caller).filter((entity) => !query.entityId || entity === query.entityId),
        ),
        ...(query.stage ? { stage: query.stage } : {}),
      },
      order: { createdAt: 'DESC' },
      take: query.limit,
    });

    return opportunities.map(toView);
  }

  async get(caller: Caller, id: string) {
    const opportunity = await this.dataSource
      .getRepository(Opportunity)
      .findOneBy({ id, entityId: In(visibleEntities(caller)) });
    if (!opportunity) {
      throw opportunityNotFound(id);
    }

    return detailOf(this.dataSource.manager, opportunity);
  }

  /** Moves along the allowed forward steps or withdraws; reviews and decisions move the rest. */
  async move(caller: Caller, id: string, to: Stage, reason: string) {
    requireRole(caller, WRITER_ROLES);
    await this.dataSource.transaction(async (manager) => {
      const opportunity = await lockedOpportunity(manager, caller, id);
      const refusal = moveRefusal(opportunity.stage, to, {
        qualificationComplete: isQualificationComplete(opportunity.qualification),
        scored: opportunity.score !== null,
      });
      if (refusal) {
        throw new DomainError('opportunity.move_refused', 'conflict', refusal, {
          from: opportunity.stage,
          to,
        });
      }
      await moveTo(manager, opportunity, to, caller.username, reason);
    });
    this.logger.log(`opportunity ${id} moved to ${to} by ${caller.username}`);

    return this.get(caller, id);
  }

  /** Rates qualification criteria while the opportunity is qualifying; a later rating replaces one. */
  async qualify(caller: Caller, id: string, ratings: Qualify) {
    requireRole(caller, WRITER_ROLES);
    await this.dataSource.transaction(async (manager) => {
      const opportunity = await lockedOpportunity(manager, caller, id);
      if (opportunity.stage !== 'qualifying') {
        throw new DomainError(
          'opportunity.not_qualifying',
          'conflict',
          `the opportunity is ${opportunity.stage}: criteria are rated while it is qualifying`,
        );
      }
      const rated = Object.fromEntries(
        Object.entries(ratings).map(([criterion, value]) => [
          criterion,
          { ...value, ratedBy: caller.username },
        ]),
      );
      await manager.update(
        Opportunity,
        { id },
        { qualification: { ...opportunity.qualification, ...rated } },
      );
    });

    return this.get(caller, id);
  }

  /** Scores a fully qualified opportunity with the current model and moves it to scored. */
  async score(caller: Caller, id: string, inputs: ScoreOpportunityInput) {
    requireRole(caller, WRITER_ROLES);
    await this.dataSource.transaction(async (manager) => {
      const opportunity = await lockedOpportunity(manager, caller, id);
      const gaps = qualificationGaps(opportunity.qualification);
      if (opportunity.stage !== 'qualifying' || gaps.length > 0) {
        throw new DomainError(
          'opportunity.not_ready_to_score',
          'conflict',
          opportunity.stage !== 'qualifying'
            ? `the opportunity is ${opportunity.stage}: it is scored once, at the end of qualifying`
            : `qualification is not complete: ${gaps.join('; ')}`,
          { gaps },
        );
      }
      const model = await currentOpportunityModel(manager);
      const result = scoreOpportunity(inputs, model);
      await manager.update(
        Opportunity,
        { id },
        {
          score: {
            ...result,
            inputs,
            scoredBy: caller.username,
            scoredAt: new Date().toISOString(),
          },
        },
      );
      await moveTo(
        manager,
        opportunity,
        'scored',
        caller.username,
        `scored ${result.score} under model ${model.version}: ${result.recommendation.replace('_', ' ')}`,
      );
    });

    return this.get(caller, id);
  }
}
