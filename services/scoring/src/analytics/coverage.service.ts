import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, In } from 'typeorm';

import { type Caller, requireEntity, requireRole, visibleEntities } from '@pn/auth';
import type { RecordDiversificationPlan } from '@pn/scoring-api';

import { backupPartners, capabilityCoverage, type CapablePartner } from '../model/backups';
import { ScoredPartner } from '../partners/scored-partner.entity';
import { visiblePartner } from '../partners/visible-partner';
import { DiversificationPlan } from '../risks/diversification-plan.entity';

/**
 * Who provides each capability in an entity: a capability with a single active provider is
 * a single point of failure, and the other providers of a partner's capabilities, best
 * score first, are its backups.
 */
@Injectable()
export class CoverageService {
  private readonly logger = new Logger(CoverageService.name);

  constructor(private readonly dataSource: DataSource) {}

  async coverage(caller: Caller, query: { entityId?: string }) {
    if (query.entityId) {
      requireEntity(caller, query.entityId);
    }
    const entities = query.entityId ? [query.entityId] : visibleEntities(caller);
    const [partners, plans] = await Promise.all([
      this.dataSource.getRepository(ScoredPartner).findBy({ entityId: In(entities) }),
      this.dataSource
        .getRepository(DiversificationPlan)
        .find({ where: { entityId: In(entities) }, order: { recordedAt: 'DESC' } }),
    ]);

    return entities
      .filter((entityId) => entityId !== '')
      .map((entityId) => ({
        entityId,
        capabilities: capabilityCoverage(
          partners.filter((partner) => partner.entityId === entityId).map(capable),
        ).map((coverage) => ({
          ...coverage,
          plans: plans
            .filter((plan) => plan.entityId === entityId && plan.capability === coverage.capability)
            .map(planView),
        })),
      }));
  }

  /** Records how a single point of failure is to be ended: a second provider, by a date. */
  async recordPlan(caller: Caller, command: RecordDiversificationPlan) {
    requireRole(caller, ['executive', 'strategy']);
    requireEntity(caller, command.entityId);
    const plan = this.dataSource.getRepository(DiversificationPlan).create({
      id: randomUUID(),
      ...command,
      recordedBy: caller.username,
    });
    await this.dataSource.getRepository(DiversificationPlan).insert(plan);
    this.logger.log(
      `diversification plan for ${command.capability} in ${command.entityId} recorded by ${caller.username}`,
    );

    return planView(
      await this.dataSource.getRepository(DiversificationPlan).findOneByOrFail({ id: plan.id }),
    );
  }

  async backups(caller: Caller, partnerId: string) {
    const partner = await visiblePartner(this.dataSource.manager, caller, partnerId);
    const peers = await this.dataSource
      .getRepository(ScoredPartner)
      .findBy({ entityId: partner.entityId });

    return backupPartners(partnerId, peers.map(capable));
  }
}

function capable(partner: ScoredPartner): CapablePartner {
  return {
    partnerId: partner.partnerId,
    legalName: partner.legalName,
    status: partner.status,
    capabilities: partner.capabilities,
    score: partner.score === null ? null : Number(partner.score),
  };
}

function planView(plan: DiversificationPlan) {
  return {
    id: plan.id,
    entityId: plan.entityId,
    capability: plan.capability,
    plan: plan.plan,
    ownerUsername: plan.ownerUsername,
    targetDate: plan.targetDate,
    recordedBy: plan.recordedBy,
    recordedAt: plan.recordedAt.toISOString(),
  };
}
