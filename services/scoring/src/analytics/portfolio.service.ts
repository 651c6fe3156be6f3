import { Inject, Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, requireEntity, visibleEntities } from '@pn/auth';
import { todayIn } from '@pn/calendar';

import { SCORING_CONFIG, type ScoringConfig } from '../config';
import { weightedHealthIndex } from '../model/portfolio';
import type { PartnerCategory } from '../model/types';
import { currentModel } from '../scores/current-model';
import { ConcentrationService } from './concentration.service';
import { topRisks } from './top-risks';

interface PartnerRow {
  entity_id: string;
  category: PartnerCategory;
  score_status: 'green' | 'yellow' | 'red' | null;
  score: string | null;
}

const STATUSES = ['green', 'yellow', 'red', 'unscored'] as const;

/**
 * The portfolio at a glance, per entity and over all the caller's entities: relationships
 * by status and category, the health index weighted by category priority, concentration
 * per category, and the gravest risks. Reads one row per partner; nothing is recomputed.
 */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly concentration: ConcentrationService,
    @Inject(SCORING_CONFIG) private readonly config: ScoringConfig,
  ) {}

  async view(caller: Caller, query: { entityId?: string }) {
    if (query.entityId) {
      requireEntity(caller, query.entityId);
    }
    const entities = query.entityId ? [query.entityId] : visibleEntities(caller);
    const [partners, model, concentration, risks] = await Promise.all([
      this.dataSource.query<PartnerRow[]>(
        `SELECT entity_id, category, score_status, score FROM scored_partner
         WHERE entity_id = ANY($1) AND status NOT IN ('exited', 'prospect')`,
        [entities],
      ),
      currentModel(this.dataSource.manager),
      this.concentration.report(caller, query),
      topRisks(this.dataSource, entities, {
        today: todayIn('UTC'),
        decayLimitDays: this.config.SCORING_DECAY_LIMIT_DAYS,
      }),
    ]);
    const summarise = (rows: PartnerRow[]) => {
      const byCategory: Record<string, Record<(typeof STATUSES)[number], number>> = {};
      for (const row of rows) {
        const counts = (byCategory[row.category] ??= { green: 0, yellow: 0, red: 0, unscored: 0 });
        counts[row.score_status ?? 'unscored'] += 1;
      }
      const byStatus = Object.fromEntries(
        STATUSES.map((status) => [
          status,
          Object.values(byCategory).reduce((sum, counts) => sum + counts[status], 0),
        ]),
      );

      return {
        relationships: rows.length,
        byStatus,
        byCategory,
        healthIndex: weightedHealthIndex(
          rows.map((row) => ({
            category: row.category,
            score: row.score === null ? null : Number(row.score),
          })),
          model,
        ),
      };
    };

    return {
      modelVersion: model.version,
      overall: { ...summarise(partners), topRisks: risks.slice(0, TOP) },
      entities: entities
        .filter((entityId) => entityId !== '')
        .map((entityId) => ({
          entityId,
          ...summarise(partners.filter((row) => row.entity_id === entityId)),
          concentration: concentration
            .filter((group) => group.entityId === entityId)
            .map(({ category, hhi, band, dominant }) => ({ category, hhi, band, dominant })),
          topRisks: risks.filter((risk) => risk.entityId === entityId).slice(0, TOP),
        })),
    };
  }
}

// Enough to act on in a meeting; the risk register of each partner has the rest.
const TOP = 10;
