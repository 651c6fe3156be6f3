import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { scoreComputed, scoreStatusChanged } from '@pn/events';
import { appendToOutbox } from '@pn/messaging';

import { scorePartner } from '../model/score';
import type { Status } from '../model/types';
import { ScoredPartner } from '../partners/scored-partner.entity';
import { currentModel } from './current-model';
import { PartnerScoreRow } from './partner-score.entity';
import { scoreInputsOf, windowEnding } from './score-inputs';
import { ScoringTask } from './scoring-task.entity';

export type ScoreTrigger = 'financials' | 'kpis' | 'assessment' | 'quarterly' | 'model';

/** What a move into a status asks of people; green asks nothing new. */
const ACTION_ON: Record<Status, ScoringTask['kind'] | null> = {
  red: 'executive_review',
  yellow: 'monitoring',
  green: null,
};

/**
 * Scores a partner again with the current model and stores the score with its inputs, in
 * the caller's transaction. A change of status opens its task (once: an open task of the
 * kind is not opened twice), marks renegotiation planning as required on red, and is
 * published with the score through the outbox.
 */
export async function rescore(
  manager: EntityManager,
  partnerId: string,
  trigger: ScoreTrigger,
  today: string,
): Promise<PartnerScoreRow> {
  // The lock orders concurrent rescoring of one partner, so each sees the status before it.
  const partner = await manager.findOneOrFail(ScoredPartner, {
    where: { partnerId },
    lock: { mode: 'pessimistic_write' },
  });
  const model = await currentModel(manager);
  const window = windowEnding(today);
  const { inputs, currency, months } = await scoreInputsOf(manager, partner, window);
  const result = scorePartner(partner.category, inputs, model);
  const row = manager.create(PartnerScoreRow, {
    id: randomUUID(),
    partnerId,
    entityId: partner.entityId,
    partnerCategory: partner.category,
    modelVersion: model.version,
    score: result.score === null ? null : result.score.toFixed(1),
    status: result.status,
    explanation: { ...result, inputs: { ...inputs, currency, months }, window },
    trigger,
  });
  await manager.insert(PartnerScoreRow, row);

  const previous = partner.scoreStatus;
  await manager.update(
    ScoredPartner,
    { partnerId },
    {
      score: row.score,
      scoreStatus: result.status,
      scoredAt: new Date(),
      renegotiationRequired: partner.renegotiationRequired || result.status === 'red',
    },
  );
  const meta = { entityId: partner.entityId, subject: partnerId };
  await appendToOutbox(
    manager,
    scoreComputed,
    {
      scoreId: row.id,
      partnerId,
      entityId: partner.entityId,
      partnerCategory: partner.category,
      score: result.score,
      status: result.status,
      modelVersion: model.version,
      trigger,
    },
    meta,
  );
  if (result.status !== null && result.score !== null && result.status !== previous) {
    const action = ACTION_ON[result.status];
    if (action) {
      await openTask(manager, partner, action, row, previous);
    }
    await appendToOutbox(
      manager,
      scoreStatusChanged,
      {
        scoreId: row.id,
        partnerId,
        entityId: partner.entityId,
        previousStatus: previous,
        status: result.status,
        score: result.score,
        modelVersion: model.version,
        action,
      },
      meta,
    );
  }

  return manager.findOneByOrFail(PartnerScoreRow, { id: row.id });
}

async function openTask(
  manager: EntityManager,
  partner: ScoredPartner,
  kind: ScoringTask['kind'],
  score: PartnerScoreRow,
  previous: Status | null,
): Promise<void> {
  const open = await manager.existsBy(ScoringTask, {
    partnerId: partner.partnerId,
    kind,
    status: 'open',
  });
  if (open) {
    return;
  }
  const from = previous ? `from ${previous} ` : '';
  await manager.insert(ScoringTask, {
    id: randomUUID(),
    partnerId: partner.partnerId,
    entityId: partner.entityId,
    kind,
    reason:
      kind === 'executive_review'
        ? `${partner.legalName} turned red ${from}at ${score.score}: review the relationship and plan its renegotiation or exit`
        : `${partner.legalName} turned yellow ${from}at ${score.score}: monitor the relationship`,
    scoreId: score.id,
  });
}
