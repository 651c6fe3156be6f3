import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, type EntityManager } from 'typeorm';

import { type Caller, requireRole, type Role } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { OutboxRelay } from '@pn/messaging';
import type { RecordAssessment, RecordFinancials, RecordKpis } from '@pn/scoring-api';

import { ScoredPartner } from '../partners/scored-partner.entity';
import { visiblePartner } from '../partners/visible-partner';
import { rescore, type ScoreTrigger } from '../scores/rescore';
import { toScoreView } from '../scores/score-view';
import { ScoresService } from '../scores/scores.service';
import { Assessment } from './assessment.entity';
import { storeFinancials, storeKpis } from './store-inputs';

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

    return this.record(caller, partnerId, 'financials', (manager, partner) =>
      storeFinancials(manager, partner, command, caller.username),
    );
  }

  async recordKpis(caller: Caller, partnerId: string, command: RecordKpis) {
    requireRole(caller, OPERATIONS);

    return this.record(caller, partnerId, 'kpis', (manager, partner) =>
      storeKpis(manager, partner, command, caller.username),
    );
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
      await store(manager, await visiblePartner(manager, caller, partnerId));

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
