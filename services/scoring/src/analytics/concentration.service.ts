import { Inject, Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, requireEntity, visibleEntities } from '@pn/auth';

import { SCORING_CONFIG, type ScoringConfig } from '../config';
import {
  concentrationBand,
  dominantPartners,
  herfindahlIndex,
  revenueShares,
} from '../model/concentration';

interface PartnerRevenueRow {
  entity_id: string;
  category: string;
  partner_id: string;
  legal_name: string;
  revenue: string;
  currency: string;
}

/**
 * Dependency on partners, measured on each partner's revenue over its latest score's
 * twelve-month window: each partner's share of its entity and category, the
 * Herfindahl–Hirschman Index of those shares with its band, and the partners above the
 * configured share. Totals are refreshed by every financial input and the quarterly run.
 */
@Injectable()
export class ConcentrationService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SCORING_CONFIG) private readonly config: ScoringConfig,
  ) {}

  async report(caller: Caller, query: { entityId?: string }) {
    if (query.entityId) {
      requireEntity(caller, query.entityId);
    }
    const entities = query.entityId ? [query.entityId] : visibleEntities(caller);
    const rows = await this.dataSource.query<PartnerRevenueRow[]>(
      `SELECT entity_id, category, partner_id, legal_name,
              window_revenue_minor AS revenue, revenue_currency AS currency
       FROM scored_partner
       WHERE entity_id = ANY($1) AND window_revenue_minor IS NOT NULL
       ORDER BY 1, 2, window_revenue_minor DESC, 3`,
      [entities],
    );
    const groups = new Map<string, PartnerRevenueRow[]>();
    for (const row of rows) {
      const key = `${row.entity_id}/${row.category}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }

    return [...groups.values()].map((members) => {
      const shares = revenueShares(
        members.map((row) => ({ partnerId: row.partner_id, revenueMinor: Number(row.revenue) })),
      );
      const hhi = herfindahlIndex(shares.map((share) => share.sharePct));
      const limitPct = this.config.SCORING_DOMINANT_SHARE_PCT;

      return {
        entityId: members[0].entity_id,
        category: members[0].category,
        currency: members[0].currency,
        totalRevenueMinor: members.reduce((sum, row) => sum + Number(row.revenue), 0),
        partners: members.map((row, index) => ({
          partnerId: row.partner_id,
          legalName: row.legal_name,
          revenueMinor: Number(row.revenue),
          sharePct: round(shares[index].sharePct),
        })),
        hhi,
        band: concentrationBand(hhi),
        dominantSharePct: limitPct,
        dominant: dominantPartners(shares, limitPct).map((share) => share.partnerId),
      };
    });
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
