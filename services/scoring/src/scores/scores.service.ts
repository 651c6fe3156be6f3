import { Injectable, Logger } from '@nestjs/common';

import { DataSource, In, LessThan } from 'typeorm';

import { type Caller, requireRole, visibleEntities } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { DomainError } from '@pn/errors';
import type { PartnerScoreView } from '@pn/scoring-api';

import { ScoredPartner } from '../partners/scored-partner.entity';
import { visiblePartner } from '../partners/visible-partner';
import { RelationshipReview } from '../reviews/relationship-review.entity';
import { PartnerScoreRow } from './partner-score.entity';
import { toScoreView } from './score-view';
import { ScoringTask } from './scoring-task.entity';

/** Reads scores, their history and the tasks status changes opened, within the caller's entities. */
@Injectable()
export class ScoresService {
  private readonly logger = new Logger(ScoresService.name);

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

    return tasks.map(taskView);
  }

  /** Closes a task with what was concluded; executive reviews are for executives and strategy. */
  async completeTask(caller: Caller, taskId: string, outcome: string) {
    const task = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(ScoringTask, {
        where: { id: taskId, entityId: In(visibleEntities(caller)) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) {
        throw DomainError.notFound('task.not_found', `no task ${taskId} in your entities`, {
          taskId,
        });
      }
      requireRole(
        caller,
        found.kind === 'executive_review'
          ? ['executive', 'strategy']
          : ['executive', 'strategy', 'operations', 'finance', 'legal'],
      );
      if (found.status === 'done') {
        throw DomainError.conflict(
          'task.already_done',
          `task ${taskId} was completed by ${found.completedBy}`,
          { taskId },
        );
      }
      await manager.update(
        ScoringTask,
        { id: taskId },
        { status: 'done', completedBy: caller.username, completedAt: new Date(), outcome },
      );

      return manager.findOneByOrFail(ScoringTask, { id: taskId });
    });
    this.logger.log(
      `${task.kind} task ${taskId} of partner ${task.partnerId} completed by ${caller.username}`,
    );

    return taskView(task);
  }

  private async visiblePartner(caller: Caller, partnerId: string): Promise<ScoredPartner> {
    const partner = await visiblePartner(this.dataSource.manager, caller, partnerId);

    return partner;
  }
}

function taskView(task: ScoringTask) {
  return {
    id: task.id,
    partnerId: task.partnerId,
    entityId: task.entityId,
    kind: task.kind,
    status: task.status,
    reason: task.reason,
    openedAt: task.openedAt.toISOString(),
    completedBy: task.completedBy,
    completedAt: task.completedAt?.toISOString() ?? null,
    outcome: task.outcome,
  };
}
