import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, requireRole, WRITER_ROLES } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import type { RecordMitigation } from '@pn/scoring-api';

import { ConcentrationService } from '../analytics/concentration.service';
import { CoverageService } from '../analytics/coverage.service';
import { SCORING_CONFIG, type ScoringConfig } from '../config';
import { assessRisks } from '../model/risks';
import { ScoredPartner } from '../partners/scored-partner.entity';
import { visiblePartner } from '../partners/visible-partner';
import { PartnerScoreRow } from '../scores/partner-score.entity';
import { ContractRenewalRisk } from './contract-renewal-risk.entity';
import { RiskMitigation } from './risk-mitigation.entity';

const DAY_MS = 86_400_000;

/**
 * The risk register of a partner: the five risks with their computed level and evidence,
 * and the mitigation recorded against each (the latest record is in force; none is edited).
 */
@Injectable()
export class RisksService {
  private readonly logger = new Logger(RisksService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly concentration: ConcentrationService,
    private readonly coverage: CoverageService,
    @Inject(SCORING_CONFIG) private readonly config: ScoringConfig,
  ) {}

  async register(caller: Caller, partnerId: string, today: string = todayIn('UTC')) {
    const partner = await this.visiblePartner(caller, partnerId);
    const [renewals, latestScore, mitigations, concentration, coverage] = await Promise.all([
      this.dataSource.getRepository(ContractRenewalRisk).findBy({ partnerId }),
      this.dataSource
        .getRepository(PartnerScoreRow)
        .findOne({ where: { partnerId }, order: { computedAt: 'DESC' } }),
      this.dataSource
        .getRepository(RiskMitigation)
        .find({ where: { partnerId }, order: { recordedAt: 'DESC' } }),
      this.concentration.report(caller, { entityId: partner.entityId }),
      this.coverage.coverage(caller, { entityId: partner.entityId }),
    ]);
    const group = concentration.find((entry) => entry.category === partner.category);
    const share = group?.partners.find((entry) => entry.partnerId === partnerId);
    const categories = latestScore?.explanation.categories;
    const last = partner.sponsorLastInteractionOn;
    const risks = assessRisks({
      renewals: renewals.map((renewal) => ({
        contractId: renewal.contractId,
        kind: renewal.lastAlertKind,
        actionDeadline: renewal.actionDeadline,
        decided: renewal.decided,
      })),
      revenueSharePct: share?.sharePct ?? null,
      concentrationBand: share ? (group?.band ?? null) : null,
      dominantSharePct: this.config.SCORING_DOMINANT_SHARE_PCT,
      reliability: categories?.operational.subScores.reliability ?? null,
      strategicScore: categories?.strategic.score ?? null,
      soleProviderOf: coverage[0].capabilities
        .filter((entry) => entry.singlePointOfFailure && entry.providers[0].partnerId === partnerId)
        .map((entry) => entry.capability),
      sponsorUsername: partner.sponsorUsername,
      sponsorLastInteractionOn: last,
      daysSinceSponsorInteraction: last
        ? Math.round((Date.parse(today) - Date.parse(last)) / DAY_MS)
        : null,
      decayLimitDays: this.config.SCORING_DECAY_LIMIT_DAYS,
    });

    return {
      partnerId,
      entityId: partner.entityId,
      asOf: today,
      risks: risks.map((risk) => {
        const mitigation = mitigations.find((row) => row.risk === risk.risk);

        return {
          ...risk,
          mitigation: mitigation
            ? {
                status: mitigation.status,
                note: mitigation.note,
                recordedBy: mitigation.recordedBy,
                recordedAt: mitigation.recordedAt.toISOString(),
              }
            : null,
        };
      }),
    };
  }

  async recordMitigation(caller: Caller, partnerId: string, command: RecordMitigation) {
    requireRole(caller, WRITER_ROLES);
    const partner = await this.visiblePartner(caller, partnerId);
    await this.dataSource.getRepository(RiskMitigation).insert({
      id: randomUUID(),
      partnerId,
      entityId: partner.entityId,
      risk: command.risk,
      status: command.status,
      note: command.note,
      recordedBy: caller.username,
    });
    this.logger.log(
      `${command.risk} of partner ${partnerId} marked ${command.status} by ${caller.username}`,
    );

    return this.register(caller, partnerId);
  }

  private async visiblePartner(caller: Caller, partnerId: string): Promise<ScoredPartner> {
    const partner = await visiblePartner(this.dataSource.manager, caller, partnerId);

    return partner;
  }
}
