import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, In, LessThan } from 'typeorm';

import { type Caller, requireRole, visibleEntities } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { DomainError } from '@pn/errors';
import { OutboxRelay } from '@pn/messaging';
import type { CompleteReview, ReviewsQuery } from '@pn/scoring-api';

import { Assessment } from '../inputs/assessment.entity';
import { partnerNotFound } from '../partners/visible-partner';
import { rescore } from '../scores/rescore';
import { RelationshipReview } from './relationship-review.entity';

/**
 * Quarterly relationship reviews: listed (overdue ones reported), and completed by an
 * executive or strategist with an assessment, which rescores the partner.
 */
@Injectable()
export class ReviewsService {
  private readonly logger = new Logger(ReviewsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async list(caller: Caller, query: ReviewsQuery, today: string = todayIn('UTC')) {
    const reviews = await this.dataSource.getRepository(RelationshipReview).find({
      where: {
        entityId: In(
          query.entityId
            ? visibleEntities(caller).filter((entity) => entity === query.entityId)
            : visibleEntities(caller),
        ),
        ...(query.partnerId ? { partnerId: query.partnerId } : {}),
        ...(query.status === 'overdue'
          ? { status: 'open' as const, dueOn: LessThan(today) }
          : query.status
            ? { status: query.status }
            : {}),
      },
      order: { dueOn: 'ASC', partnerId: 'ASC' },
      take: 1_000,
    });

    return reviews.map((review) => toView(review, today));
  }

  async complete(caller: Caller, partnerId: string, quarter: string, command: CompleteReview) {
    requireRole(caller, ['executive', 'strategy']);
    const review = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(RelationshipReview, {
        where: { partnerId, quarter, entityId: In(visibleEntities(caller)) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) {
        throw await this.reviewNotFound(caller, partnerId, quarter);
      }
      if (found.status === 'completed') {
        throw DomainError.conflict(
          'review.already_completed',
          `the ${quarter} review of partner ${partnerId} was completed by ${found.completedBy}`,
          { partnerId, quarter },
        );
      }
      const assessmentId = randomUUID();
      await manager.insert(Assessment, {
        id: assessmentId,
        partnerId,
        entityId: found.entityId,
        optionality: command.optionality,
        alignment: command.alignment,
        comment: command.comment,
        assessedBy: caller.username,
      });
      await manager.update(
        RelationshipReview,
        { id: found.id },
        {
          status: 'completed',
          completedBy: caller.username,
          completedAt: new Date(),
          notes: command.notes,
          assessmentId,
        },
      );
      await rescore(manager, partnerId, 'assessment', todayIn('UTC'));

      return manager.findOneByOrFail(RelationshipReview, { id: found.id });
    });
    this.relay.notify();
    this.logger.log(`${quarter} review of partner ${partnerId} completed by ${caller.username}`);

    return toView(review, todayIn('UTC'));
  }

  private async reviewNotFound(caller: Caller, partnerId: string, quarter: string) {
    const partnerVisible = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM scored_partner WHERE partner_id = $1 AND entity_id = ANY($2)',
      [partnerId, visibleEntities(caller)],
    );

    return partnerVisible.length
      ? DomainError.notFound(
          'review.not_found',
          `partner ${partnerId} has no review for ${quarter}: reviews open with each quarter for active partners`,
          { partnerId, quarter },
        )
      : partnerNotFound(partnerId);
  }
}

function toView(review: RelationshipReview, today: string) {
  return {
    id: review.id,
    partnerId: review.partnerId,
    entityId: review.entityId,
    quarter: review.quarter,
    dueOn: review.dueOn,
    status: review.status,
    overdue: review.status === 'open' && review.dueOn < today,
    completedBy: review.completedBy,
    completedAt: review.completedAt?.toISOString() ?? null,
    notes: review.notes,
  };
}
