import { Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import type { Caller } from '@pn/auth';

import { ConcentrationService } from '../analytics/concentration.service';
import { CoverageService } from '../analytics/coverage.service';
import { concentrationBand, herfindahlIndex, revenueShares } from '../model/concentration';
import { scoreTrend } from '../model/trend';
import { visiblePartner } from '../partners/visible-partner';
import { RisksService } from '../risks/risks.service';
import { PartnerScoreRow } from '../scores/partner-score.entity';

// Enough history to see a year of quarterly scores and what moved between them.
const HISTORY = 12;

/**
 * Scoring's part of a renegotiation pack: where the relationship stands (score history and
 * trend), how much the company depends on it (share, concentration now and without it),
 * who could replace it, and its open risks.
 */
@Injectable()
export class RenegotiationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly concentration: ConcentrationService,
    private readonly coverage: CoverageService,
    private readonly risks: RisksService,
  ) {}

  async view(caller: Caller, partnerId: string) {
    const partner = await visiblePartner(this.dataSource.manager, caller, partnerId);
    const [history, groups, backups, register] = await Promise.all([
      this.dataSource.getRepository(PartnerScoreRow).find({
        where: { partnerId },
        order: { computedAt: 'DESC' },
        take: HISTORY,
      }),
      this.concentration.report(caller, { entityId: partner.entityId }),
      this.coverage.backups(caller, partnerId),
      this.risks.register(caller, partnerId),
    ]);
    const scores = history.map((row) => ({
      computedAt: row.computedAt.toISOString(),
      score: row.score === null ? null : Number(row.score),
      status: row.status,
      modelVersion: row.modelVersion,
      trigger: row.trigger,
    }));
    const group = groups.find((entry) => entry.category === partner.category);
    const own = group?.partners.find((entry) => entry.partnerId === partnerId);
    const others = (group?.partners ?? []).filter((entry) => entry.partnerId !== partnerId);
    const hhiWithout = herfindahlIndex(
      revenueShares(
        others.map((entry) => ({ partnerId: entry.partnerId, revenueMinor: entry.revenueMinor })),
      ).map((share) => share.sharePct),
    );

    return {
      partnerId,
      entityId: partner.entityId,
      legalName: partner.legalName,
      category: partner.category,
      renegotiationRequired: partner.renegotiationRequired,
      scores,
      trend: scoreTrend(scores),
      concentration:
        group && own
          ? {
              currency: group.currency,
              revenueMinor: own.revenueMinor,
              sharePct: own.sharePct,
              hhi: group.hhi,
              band: group.band,
              dominant: group.dominant.includes(partnerId),
              hhiWithoutPartner: hhiWithout,
              bandWithoutPartner: concentrationBand(hhiWithout),
            }
          : null,
      backups,
      openRisks: register.risks.filter(
        (risk) =>
          (risk.level === 'high' || risk.level === 'medium') &&
          risk.mitigation?.status !== 'mitigated',
      ),
    };
  }
}
