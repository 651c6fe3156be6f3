import { randomUUID } from 'node:crypto';

import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import type { EntityManager } from 'typeorm';

import type { Caller } from '@pn/auth';
import { type EventPayload, opportunityDecided, partnerCreated, partnerUpdated } from '@pn/events';
import { appendToOutbox, EventConsumers, onEvent, UnprocessableEvent } from '@pn/messaging';

import { appendAudit } from '../audit/audit-trail';
import { Partner } from './partner.entity';
import { toPartnerAuditImage, toPartnerSnapshot } from './partner-view';

type GoDecision = EventPayload<typeof opportunityDecided>;

/**
 * Registers the partner a go decision brings in, in onboarding, linked to its opportunity.
 * Once: an event delivered again (or published again under another id) finds the partner
 * already linked, and the unique opportunity link stops a race between replicas. A partner
 * already registered under the counterparty's name is linked rather than duplicated.
 */
@Injectable()
export class GoDecisionsConsumer implements OnModuleInit {
  private readonly logger = new Logger(GoDecisionsConsumer.name);

  constructor(private readonly consumers: EventConsumers) {}

  onModuleInit(): void {
    this.consumers.subscribe({
      durable: 'contracts-opportunity-decisions',
      source: 'pipeline',
      handlers: [
        onEvent(opportunityDecided, async (data, _envelope, manager) => {
          if (data.decision === 'go') {
            await this.register(manager, data);
          }
        }),
      ],
    });
  }

  private async register(manager: EntityManager, decision: GoDecision): Promise<void> {
    const linked = await manager.findOneBy(Partner, {
      originOpportunityId: decision.opportunityId,
    });
    if (linked) {
      this.logger.log(
        `opportunity ${decision.opportunityId} already brought in partner ${linked.id}; nothing to do`,
      );

      return;
    }
    // The decision is the executive's; the pipeline carried it here.
    const caller: Caller = {
      subject: 'service:pipeline',
      username: decision.decidedBy,
      roles: [],
      entities: [decision.entityId],
    };
    const namesake = await manager.findOneBy(Partner, {
      entityId: decision.entityId,
      legalName: decision.counterparty,
    });
    if (namesake && namesake.originOpportunityId !== null) {
      // Two opportunities for one counterparty both went ahead: a person must say which.
      throw new UnprocessableEvent(
        `${decision.entityId} already has partner ${namesake.id} "${namesake.legalName}" from opportunity ${namesake.originOpportunityId}`,
      );
    }
    if (namesake) {
      await manager.update(
        Partner,
        { id: namesake.id },
        { originOpportunityId: decision.opportunityId },
      );
      const stored = await manager.findOneByOrFail(Partner, { id: namesake.id });
      await this.recorded(manager, caller, 'partner.link_opportunity', namesake, stored);
      await appendToOutbox(
        manager,
        partnerUpdated,
        { ...toPartnerSnapshot(stored), changedFields: ['originOpportunityId'] },
        { entityId: stored.entityId, subject: stored.id },
      );
      this.logger.log(
        `opportunity ${decision.opportunityId} linked to the existing partner ${stored.id} "${stored.legalName}"`,
      );

      return;
    }
    const partner = manager.create(Partner, {
      id: randomUUID(),
      entityId: decision.entityId,
      legalName: decision.counterparty,
      category: decision.proposedCategory,
      status: 'onboarding',
      sponsorUsername: decision.sponsorUsername,
      originOpportunityId: decision.opportunityId,
      createdBy: caller.subject,
    });
    await manager.insert(Partner, partner);
    const stored = await manager.findOneByOrFail(Partner, { id: partner.id });
    await this.recorded(manager, caller, 'partner.create', null, stored);
    await appendToOutbox(manager, partnerCreated, toPartnerSnapshot(stored), {
      entityId: stored.entityId,
      subject: stored.id,
    });
    this.logger.log(
      `partner ${stored.id} "${stored.legalName}" registered in onboarding from the go decision on opportunity ${decision.opportunityId}`,
    );
  }

  /** The audit record of the change, attributed to the executive who decided. */
  private async recorded(
    manager: EntityManager,
    caller: Caller,
    action: string,
    before: Partner | null,
    after: Partner,
  ): Promise<void> {
    await appendAudit(manager, {
      entityId: after.entityId,
      caller,
      action,
      aggregateType: 'partner',
      aggregateId: after.id,
      before: before ? toPartnerAuditImage(before) : null,
      after: toPartnerAuditImage(after),
      reason: `go decision on opportunity ${after.originOpportunityId}`,
    });
  }
}
