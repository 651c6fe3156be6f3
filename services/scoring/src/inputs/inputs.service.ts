import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, type EntityManager, In } from 'typeorm';

import { type Caller, requireRole, type Role, visibleEntities } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { DomainError } from '@pn/errors';
import { OutboxRelay } from '@pn/messaging';
import type { RecordAssessment, RecordFinancials, RecordKpis } from '@pn/scoring-api';

import { partnerNotFound } from '../partners/partner-not-found';
import { ScoredPartner } from '../partners/scored-partner.entity';
import { rescore, type ScoreTrigger } from '../scores/rescore';
import { toScoreView } from '../scores/score-view';
import { ScoresService } from '../scores/scores.service';
import { Assessment } from './assessment.entity';
import { FinancialInput } from './financial-input.entity';
import { KpiInput } from './kpi-input.entity';
import { latestReportableMonth } from './reportable-month';

const FINANCE: readonly Role[] = ['finance', 'admin'];
const OPERATIONS: readonly Role[] = ['operations', 'admin'];
/** Qualitative judgement of a relationship is the leadership's, as the brief says. */
const ASSESSORS: readonly Role[] = ['executive', 'strategy'];

/**
 * Takes the inputs a score is made of. Each is stored as reported (with its source, period
 * and supplier), and the partner is scored again in the same transaction, so a score never
 * lags the inputs it claims to reflect.
 */
@Injectable()
export class InputsService {
  private readonly logger = new Logger(InputsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly scores: ScoresService,
  ) {}

  async recordFinancials(caller: Caller, partnerId: string, command: RecordFinancials) {
    requireRole(caller, FINANCE);

    return this.record(caller, partnerId, 'financials', async (manager, partner) => {
      refuseFuture(command.period);
      const [other] = await manager.query<{ currency: string }[]>(
        `SELECT currency FROM financial_input WHERE entity_id = $1 AND currency <> $2 LIMIT 1`,
        [partner.entityId, command.revenue.currency],
      );
      if (other) {
        throw new DomainError(
          'financials.currency_mismatch',
          'validation',
          `${partner.entityId} reports its partners' financials in ${other.currency}, not ${command.revenue.currency}: shares and concentration compare one currency`,
          { entityId: partner.entityId, currency: other.currency },
        );
      }
      await manager.insert(FinancialInput, {
        id: randomUUID(),
        partnerId,
        entityId: partner.entityId,
        period: command.period,
        revenueMinor: String(command.revenue.amountMinor),
        costMinor: String(command.cost.amountMinor),
        currency: command.revenue.currency,
        source: command.source,
        suppliedBy: caller.username,
      });
    });
  }

  async recordKpis(caller: Caller, partnerId: string, command: RecordKpis) {
    requireRole(caller, OPERATIONS);

    return this.record(caller, partnerId, 'kpis', async (manager, partner) => {
      refuseFuture(command.period);
      await manager.insert(KpiInput, {
        id: randomUUID(),
        partnerId,
        entityId: partner.entityId,
        period: command.period,
        slaAttainmentPct: String(command.slaAttainmentPct),
        incidents: command.incidents,
        responseHours: String(command.responseHours),
        responseTargetHours: String(command.responseTargetHours),
        source: command.source,
        suppliedBy: caller.username,
      });
    });
  }

  async recordAssessment(caller: Caller, partnerId: string, command: RecordAssessment) {
    requireRole(caller, ASSESSORS);

    return this.record(caller, partnerId, 'assessment', async (manager, partner) => {
      await manager.insert(Assessment, {
        id: randomUUID(),
        partnerId,
        entityId: partner.entityId,
        optionality: command.optionality,
        alignment: command.alignment,
        comment: command.comment,
        assessedBy: caller.username,
      });
    });
  }

  private async record(
    caller: Caller,
    partnerId: string,
    trigger: ScoreTrigger,
    store: (manager: EntityManager, partner: ScoredPartner) => Promise<void>,
  ) {
    const [score, partner] = await this.dataSource.transaction(async (manager) => {
      const partner = await manager.findOneBy(ScoredPartner, {
        partnerId,
        entityId: In(visibleEntities(caller)),
      });
      if (!partner) {
        throw partnerNotFound(partnerId);
      }
      await store(manager, partner);

      const rescored = await rescore(manager, partnerId, trigger, todayIn('UTC'));

      return [rescored, await manager.findOneByOrFail(ScoredPartner, { partnerId })] as const;
    });
    this.relay.notify();
    this.logger.log(
      `${trigger} of partner ${partnerId} recorded by ${caller.username}; score ${score.score ?? 'none'} (${score.status ?? 'no status'})`,
    );

    return this.scores.withStaleness(toScoreView(score, new Date()), partner);
  }
}

function refuseFuture(period: string): void {
  const latest = latestReportableMonth();
  if (period > latest) {
    throw new DomainError(
      'input.future_period',
      'validation',
      `period ${period} has not begun yet (the latest month that can be reported is ${latest})`,
      { period },
    );
  }
}
