import { randomUUID } from 'node:crypto';

import { type EntityManager, In } from 'typeorm';

import { scoreComputed, scoreStatusChanged } from '@pn/events';
import { appendManyToOutbox } from '@pn/messaging';

import { scorePartner } from '../model/score';
import { ScoredPartner } from '../partners/scored-partner.entity';
import { currentModel } from './current-model';
import { type PartnerScoreRow } from './partner-score.entity';
import { type Benchmarks, benchmarksOf, scoreInputsOf, windowEnding } from './score-inputs';
import { openTasks, type StatusChange } from './status-actions';

export type ScoreTrigger = 'financials' | 'kpis' | 'assessment' | 'quarterly' | 'model';

/** Scores one partner again in the caller's transaction; see `rescoreMany`. */
export async function rescore(
  manager: EntityManager,
  partnerId: string,
  trigger: ScoreTrigger,
  today: string,
): Promise<PartnerScoreRow> {
  const [row] = await rescoreMany(manager, [partnerId], trigger, today);
  if (!row) {
    throw new Error(`partner ${partnerId} is not in scoring's projection`);
  }

  return row;
}

/**
 * Scores partners again with the current model and stores each score with its inputs, in
 * the caller's transaction. A change of status opens its task, marks renegotiation planning
 * as required on red, and is published with the score through the outbox. Benchmarks may
 * be passed in by a run that scores a whole entity, so they are computed once.
 */
export async function rescoreMany(
  manager: EntityManager,
  partnerIds: readonly string[],
  trigger: ScoreTrigger,
  today: string,
  knownBenchmarks?: Benchmarks,
): Promise<PartnerScoreRow[]> {
  // The locks order concurrent rescoring of a partner, so each sees the status before it.
  const partners = await manager.find(ScoredPartner, {
    where: { partnerId: In([...partnerIds]) },
    order: { partnerId: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  const model = await currentModel(manager);
  const window = windowEnding(today);
  const benchmarks =
    knownBenchmarks ??
    (await benchmarksOf(
      manager,
      [...new Set(partners.map((partner) => partner.entityId))],
      window,
    ));
  const gathered = await scoreInputsOf(manager, partners, window, benchmarks);

  const scored = partners.map((partner) => {
    const { inputs, currency, months } = gathered.get(partner.partnerId)!;
    const result = scorePartner(partner.category, inputs, model);
    const row: PartnerScoreRow = {
      id: randomUUID(),
      partnerId: partner.partnerId,
      entityId: partner.entityId,
      partnerCategory: partner.category,
      modelVersion: model.version,
      score: result.score === null ? null : result.score.toFixed(1),
      status: result.status,
      explanation: { ...result, inputs: { ...inputs, currency, months }, window },
      trigger,
      computedAt: new Date(),
    };

    return { partner, result, row };
  });
  await manager.query(
    `INSERT INTO partner_score
       (id, partner_id, entity_id, partner_category, model_version, score, status, explanation,
        trigger, computed_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[],
                          $6::numeric[], $7::text[], $8::jsonb[], $9::text[], $10::timestamptz[])`,
    columnsOf(scored.map(({ row }) => row)),
  );
  await manager.query(
    `UPDATE scored_partner SET score = t.score, score_status = t.status, scored_at = t.at,
       renegotiation_required = scored_partner.renegotiation_required OR coalesce(t.status = 'red', false),
       window_revenue_minor = t.revenue, revenue_currency = t.currency,
       strategic_score = t.strategic, reliability_score = t.reliability
     FROM unnest($1::uuid[], $2::numeric[], $3::text[], $4::timestamptz[], $5::bigint[],
                 $6::text[], $7::numeric[], $8::numeric[])
       AS t (id, score, status, at, revenue, currency, strategic, reliability)
     WHERE scored_partner.partner_id = t.id`,
    [
      scored.map(({ row }) => row.partnerId),
      scored.map(({ row }) => row.score),
      scored.map(({ row }) => row.status),
      scored.map(({ row }) => row.computedAt),
      scored.map(({ row }) => row.explanation.inputs.revenueMinor),
      scored.map(({ row }) => row.explanation.inputs.currency),
      scored.map(({ result }) => result.categories.strategic.score),
      scored.map(({ result }) => result.categories.operational.subScores.reliability ?? null),
    ],
  );
  await appendManyToOutbox(
    manager,
    scoreComputed,
    scored.map(({ partner, result, row }) => ({
      payload: {
        scoreId: row.id,
        partnerId: partner.partnerId,
        entityId: partner.entityId,
        partnerCategory: partner.category,
        score: result.score,
        status: result.status,
        modelVersion: model.version,
        trigger,
      },
      meta: { entityId: partner.entityId, subject: partner.partnerId },
    })),
  );

  const changes: StatusChange[] = scored.flatMap(({ partner, result, row }) =>
    result.status !== null && result.score !== null && result.status !== partner.scoreStatus
      ? [{ partner, previous: partner.scoreStatus, status: result.status, row }]
      : [],
  );
  const actions = await openTasks(manager, changes);
  await appendManyToOutbox(
    manager,
    scoreStatusChanged,
    changes.map(({ partner, previous, status, row }) => ({
      payload: {
        scoreId: row.id,
        partnerId: partner.partnerId,
        entityId: partner.entityId,
        previousStatus: previous,
        status,
        score: Number(row.score),
        modelVersion: model.version,
        action: actions.get(partner.partnerId) ?? null,
      },
      meta: { entityId: partner.entityId, subject: partner.partnerId },
    })),
  );

  const byPartner = new Map(scored.map(({ row }) => [row.partnerId, row]));

  return partnerIds.flatMap((id) => {
    const row = byPartner.get(id);

    return row ? [row] : [];
  });
}

function columnsOf(rows: readonly PartnerScoreRow[]): unknown[] {
  return [
    rows.map((row) => row.id),
    rows.map((row) => row.partnerId),
    rows.map((row) => row.entityId),
    rows.map((row) => row.partnerCategory),
    rows.map((row) => row.modelVersion),
    rows.map((row) => row.score),
    rows.map((row) => row.status),
    rows.map((row) => JSON.stringify(row.explanation)),
    rows.map((row) => row.trigger),
    rows.map((row) => row.computedAt),
  ];
}
