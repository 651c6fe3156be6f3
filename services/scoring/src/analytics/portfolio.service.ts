import { Inject, Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, requireEntity, visibleEntities } from '@pn/auth';
import { todayIn } from '@pn/calendar';

import { SCORING_CONFIG, type ScoringConfig } from '../config';
import { concentrationBand } from '../model/concentration';
import { type CategoryTotals, weightedHealthIndexOfTotals } from '../model/portfolio';
import type { PartnerCategory } from '../model/types';
import { currentModel } from '../scores/current-model';
import { type TopRisk, topRisks } from './top-risks';

interface StatusRow {
  entity_id: string;
  category: PartnerCategory;
  status: 'green' | 'yellow' | 'red' | 'unscored';
  partners: number;
  score_sum: string | null;
}

interface ConcentrationRow {
  entity_id: string;
  category: string;
  hhi: string;
  dominant: string[];
}

const STATUSES = ['green', 'yellow', 'red', 'unscored'] as const;
type Counts = Record<(typeof STATUSES)[number], number>;
// Enough to act on in a meeting; the risk register of each partner has the rest.
const TOP = 10;

/**
 * The portfolio at a glance, per entity and over all the caller's entities: relationships
 * by status and category, the health index weighted by category priority, concentration
 * per category, and the gravest risks. Aggregated in Postgres from one row per partner, so
 * it answers as fast for 100,000 partners as for ten.
 */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SCORING_CONFIG) private readonly config: ScoringConfig,
  ) {}

  async view(caller: Caller, query: { entityId?: string }) {
    if (query.entityId) {
      requireEntity(caller, query.entityId);
    }
    const entities = query.entityId ? [query.entityId] : visibleEntities(caller);
    const [statuses, concentration, model, risks] = await Promise.all([
      this.dataSource.query<StatusRow[]>(
        `SELECT entity_id, category, coalesce(score_status, 'unscored') AS status,
                count(*)::int AS partners, sum(score) AS score_sum
         FROM scored_partner
         WHERE entity_id = ANY($1) AND status NOT IN ('exited', 'prospect')
         GROUP BY 1, 2, 3`,
        [entities],
      ),
      // HHI as the concentration report computes it, in one pass over the partners:
      // Σ (100 · r / total)² = 10,000 · Σ r² / total².
      this.dataSource.query<ConcentrationRow[]>(
        `WITH totals AS (
           SELECT entity_id, category, sum(window_revenue_minor::numeric) AS total,
                  sum(window_revenue_minor::numeric * window_revenue_minor) AS squares
           FROM scored_partner
           WHERE entity_id = ANY($1) AND window_revenue_minor IS NOT NULL
           GROUP BY 1, 2)
         SELECT t.entity_id, t.category,
                round(10000 * t.squares / nullif(t.total * t.total, 0)) AS hhi,
                coalesce((SELECT array_agg(p.partner_id ORDER BY p.window_revenue_minor DESC,
                                                                 p.partner_id)
                          FROM scored_partner p
                          WHERE p.entity_id = t.entity_id AND p.category = t.category
                            AND 100 * p.window_revenue_minor > $2 * t.total), '{}') AS dominant
         FROM totals t WHERE t.total > 0
         ORDER BY 1, 2`,
        [entities, this.config.SCORING_DOMINANT_SHARE_PCT],
      ),
      currentModel(this.dataSource.manager),
      topRisks(this.dataSource, entities, {
        today: todayIn('UTC'),
        decayLimitDays: this.config.SCORING_DECAY_LIMIT_DAYS,
        perEntity: TOP,
      }),
    ]);
    const summarise = (rows: readonly StatusRow[], gravest: readonly TopRisk[]) => {
      const byCategory: Record<string, Counts> = {};
      for (const row of rows) {
        (byCategory[row.category] ??= { green: 0, yellow: 0, red: 0, unscored: 0 })[row.status] +=
          row.partners;
      }
      const totals: CategoryTotals[] = rows
        .filter((row) => row.status !== 'unscored')
        .map((row) => ({
          category: row.category,
          scoreSum: Number(row.score_sum ?? 0),
          scored: row.partners,
        }));

      return {
        relationships: rows.reduce((sum, row) => sum + row.partners, 0),
        byStatus: Object.fromEntries(
          STATUSES.map((status) => [
            status,
            rows.filter((row) => row.status === status).reduce((sum, row) => sum + row.partners, 0),
          ]),
        ) as Counts,
        byCategory,
        healthIndex: weightedHealthIndexOfTotals(totals, model),
        topRisks: gravest.slice(0, TOP),
      };
    };

    return {
      modelVersion: model.version,
      overall: summarise(statuses, risks),
      entities: entities
        .filter((entityId) => entityId !== '')
        .map((entityId) => ({
          entityId,
          ...summarise(
            statuses.filter((row) => row.entity_id === entityId),
            risks.filter((risk) => risk.entityId === entityId),
          ),
          concentration: concentration
            .filter((row) => row.entity_id === entityId)
            .map((row) => ({
              category: row.category,
              hhi: Number(row.hhi),
              band: concentrationBand(Number(row.hhi)),
              dominant: row.dominant,
            })),
        })),
    };
  }
}
