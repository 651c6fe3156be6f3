import { Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, requireEntity, visibleEntities } from '@pn/auth';

import { funnelMetrics, type StageTransition } from '../model/funnel';
import { type Stage, STAGES, WITHDRAWN } from '../model/stages';

// Cards per column of the board: the largest opportunities first; the counts cover all.
const BOARD_CARDS = 50;
const DAY_MS = 86_400_000;

/**
 * What the pipeline looks like from above: the board (opportunities by stage, with counts
 * and value), the funnel (conversion and median time per stage) and the decision log.
 */
@Injectable()
export class PipelineReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async board(caller: Caller, query: { entityId?: string }) {
    const entities = this.scope(caller, query.entityId);
    const [totals, cards] = await Promise.all([
      this.dataSource.query<{ stage: Stage; currency: string; count: number; value: string }[]>(
        `SELECT stage, currency, count(*)::int AS count, sum(estimated_value_minor) AS value
         FROM opportunity WHERE entity_id = ANY($1) GROUP BY stage, currency`,
        [entities],
      ),
      this.dataSource.query<
        {
          id: string;
          stage: Stage;
          counterparty: string;
          entity_id: string;
          value: string;
          currency: string;
          stage_entered_at: Date;
          recommendation: string | null;
        }[]
      >(
        `SELECT id, stage, counterparty, entity_id, estimated_value_minor AS value, currency,
                stage_entered_at, score ->> 'recommendation' AS recommendation
         FROM (SELECT *, row_number() OVER (PARTITION BY stage
                                           ORDER BY estimated_value_minor DESC, id) AS rank
               FROM opportunity WHERE entity_id = ANY($1)) ranked
         WHERE rank <= $2`,
        [entities, BOARD_CARDS],
      ),
    ]);
    const now = Date.now();

    return [...STAGES, WITHDRAWN].map((stage) => ({
      stage,
      count: totals.filter((row) => row.stage === stage).reduce((sum, row) => sum + row.count, 0),
      value: totals
        .filter((row) => row.stage === stage)
        .map((row) => ({ currency: row.currency, amountMinor: Number(row.value) })),
      opportunities: cards
        .filter((card) => card.stage === stage)
        .map((card) => ({
          id: card.id,
          counterparty: card.counterparty,
          entityId: card.entity_id,
          estimatedValue: { amountMinor: Number(card.value), currency: card.currency },
          recommendation: card.recommendation,
          daysInStage: Math.floor((now - card.stage_entered_at.getTime()) / DAY_MS),
        })),
    }));
  }

  async funnel(caller: Caller, query: { entityId?: string }) {
    const transitions = await this.dataSource.query<
      { opportunity_id: string; from_stage: Stage | null; to_stage: Stage; moved_at: Date }[]
    >(
      `SELECT opportunity_id, from_stage, to_stage, moved_at FROM opportunity_transition
       WHERE entity_id = ANY($1) ORDER BY moved_at`,
      [this.scope(caller, query.entityId)],
    );

    return funnelMetrics(
      transitions.map((row): StageTransition => ({
        opportunityId: row.opportunity_id,
        from: row.from_stage,
        to: row.to_stage,
        at: row.moved_at.toISOString(),
      })),
      new Date().toISOString(),
    );
  }

  async decisions(
    caller: Caller,
    query: { entityId?: string; decision?: 'go' | 'no_go'; limit: number },
  ) {
    const rows = await this.dataSource.query<
      {
        opportunity_id: string;
        counterparty: string;
        entity_id: string;
        decision: 'go' | 'no_go';
        rationale: string;
        override_reason: string | null;
        recommendation: string | null;
        score: string | null;
        model_version: number | null;
        decided_by: string;
        decided_at: Date;
        partner_id: string | null;
      }[]
    >(
      `SELECT d.opportunity_id, o.counterparty, d.entity_id, d.decision, d.rationale,
              d.override_reason, d.recommendation, d.score, d.model_version, d.decided_by,
              d.decided_at, o.partner_id
       FROM opportunity_decision d JOIN opportunity o ON o.id = d.opportunity_id
       WHERE d.entity_id = ANY($1) AND ($2::text IS NULL OR d.decision = $2)
       ORDER BY d.decided_at DESC LIMIT $3`,
      [this.scope(caller, query.entityId), query.decision ?? null, query.limit],
    );

    return rows.map((row) => ({
      opportunityId: row.opportunity_id,
      counterparty: row.counterparty,
      entityId: row.entity_id,
      decision: row.decision,
      rationale: row.rationale,
      overrideReason: row.override_reason,
      recommendation: row.recommendation,
      score: row.score === null ? null : Number(row.score),
      modelVersion: row.model_version,
      decidedBy: row.decided_by,
      decidedAt: row.decided_at.toISOString(),
      partnerId: row.partner_id,
    }));
  }

  private scope(caller: Caller, entityId?: string): string[] {
    if (entityId) {
      requireEntity(caller, entityId);

      return [entityId];
    }

    return visibleEntities(caller);
  }
}
