import { Injectable } from '@nestjs/common';

import { DataSource, In, LessThan } from 'typeorm';

import { type Caller, visibleEntities } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { DomainError } from '@pn/errors';
import type { PartnerScoreView } from '@pn/scoring-api';

import { partnerNotFound } from '../partners/partner-not-found';
import { ScoredPartner } from '../partners/scored-partner.entity';
import { RelationshipReview } from '../reviews/relationship-review.entity';
import { PartnerScoreRow } from './partner-score.entity';
import { toScoreView } from './score-view';
import { ScoringTask } from './scoring-task.entity';

/** Reads scores, their history and the tasks status changes opened, within the caller's entities. */
@Injectable()
export class ScoresService {
  constructor(private readonly dataSource: DataSource) {}

  async latest(caller: Caller, partnerId: string) {
    const partner = await this.visiblePartner(caller, partnerId);
    const [row] = await this.dataSource.getRepository(PartnerScoreRow).find({
      where: { partnerId },
      order: { computedAt: 'DESC' },
      take: 1,
    });
    if (!row) {
      throw DomainError.notFound(
        'score.not_found',
        `partner ${partnerId} has no score yet: record financials, KPIs or an assessment`,
        { partnerId },
      );
    }

    return this.withStaleness(toScoreView(row, new Date()), partner);
  }

  /** A score is stale when it is older than a quarter or a quarterly review is overdue. */
  async withStaleness(
    view: PartnerScoreView,
    partner: Pick<ScoredPartner, 'partnerId' | 'renegotiationRequired'>,
    today = todayIn('UTC'),
  ) {
    const overdue = await this.dataSource.getRepository(RelationshipReview).find({
      where: { partnerId: partner.partnerId, status: 'open', dueOn: LessThan(today) },
      order: { dueOn: 'ASC' },
    });
    const staleReasons = [
      ...(view.stale ? [`computed ${view.computedAt.slice(0, 10)}, over a quarter ago`] : []),
      ...overdue.map((review) => `the ${review.quarter} review is overdue since ${review.dueOn}`),
    ];

    return {
      ...view,
      stale: staleReasons.length > 0,
      staleReasons,
      renegotiationRequired: partner.renegotiationRequired,
    };
  }

  async history(caller: Caller, partnerId: string, limit: number) {
    await this.visiblePartner(caller, partnerId);
    const rows = await this.dataSource.getRepository(PartnerScoreRow).find({
      where: { partnerId },
      order: { computedAt: 'DESC' },
      take: limit,
    });
    const now = new Date();

    return rows.map((row) => toScoreView(row, now));
  }

  async tasks(caller: Caller, query: { partnerId?: string; status?: 'open' | 'done' }) {
    const tasks = await this.dataSource.getRepository(ScoringTask).find({
      where: {
        entityId: In(visibleEntities(caller)),
        ...(query.partnerId ? { partnerId: query.partnerId } : {}),
        ...(query.status ? { status: query.status } : {}),
      },
      order: { openedAt: 'DESC' },
      take: 500,
    });

    return tasks.map((task) => ({
      id: task.id,
      partnerId: task.partnerId,
      entityId: task.entityId,
      kind: task.kind,
      status: task.status,
      reason: task.reason,
      openedAt: task.openedAt.toISOString(),
    }));
  }

  private async visiblePartner(caller: Caller, partnerId: string): Promise<ScoredPartner> {
    const partner = await this.dataSource
      .getRepository(ScoredPartner)
      .findOneBy({ partnerId, entityId: In(visibleEntities(caller)) });
    if (!partner) {
      throw partnerNotFound(partnerId);
    }

    return partner;
  }
}
