import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';

import { DataSource, In } from 'typeorm';

import type { RecordDecision } from '@pn/alerts-api';
import { type Caller, requireRole, type Role, visibleEntities } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { DomainError } from '@pn/errors';
import { renewalDecisionRecorded } from '@pn/events';
import { appendToOutbox, OutboxRelay } from '@pn/messaging';

import { DELIVERY_TARGETS } from '../deliveries/delivery-targets';
import type { DeliveryTargets } from '../deliveries/plan-deliveries';
import { RenewalSchedule } from '../renewals/renewal-schedule.entity';
import { raiseDueAlerts } from './alert-raiser';
import { RenewalDecision } from './renewal-decision.entity';
import { renewalState } from './renewal-state';

/** Deciding a renewal is a commercial and legal call, not an operational one. */
const DECIDERS: readonly Role[] = ['executive', 'strategy', 'legal'];

@Injectable()
export class DecisionsService {
  private readonly logger = new Logger(DecisionsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    @Inject(DELIVERY_TARGETS) private readonly targets: DeliveryTargets,
  ) {}

  /** Records a decision on the term whose deadline is current; it stops that term's escalation. */
  async record(caller: Caller, contractId: string, command: RecordDecision) {
    requireRole(caller, DECIDERS);
    const decision = await this.dataSource.transaction(async (manager) => {
      const schedule = await manager.findOne(RenewalSchedule, {
        where: { contractId, entityId: In(visibleEntities(caller)), status: 'active' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!schedule) {
        throw renewalNotFound(contractId);
      }
      const earlier = await manager.findBy(RenewalDecision, { contractId });
      const state = renewalState(
        schedule,
        new Map(earlier.map((row) => [row.termNumber, row.decision])),
        todayIn(schedule.entityTimeZone),
      );
      const created = manager.create(RenewalDecision, {
        id: randomUUID(),
        contractId,
        entityId: schedule.entityId,
        termNumber: state.actionTerm.number,
        decision: command.decision,
        rationale: command.rationale,
        decidedBy: caller.username,
      });
      await manager.insert(RenewalDecision, created);
      await appendToOutbox(
        manager,
        renewalDecisionRecorded,
        {
          decisionId: created.id,
          contractId,
          entityId: schedule.entityId,
          termNumber: created.termNumber,
          decision: created.decision,
          rationale: created.rationale,
          decidedBy: created.decidedBy,
        },
        { entityId: schedule.entityId, subject: contractId },
      );

      // The decision changes what can fall due (escalation stops): evaluate again now.
      await raiseDueAlerts(manager, schedule, todayIn(schedule.entityTimeZone), this.targets);

      return manager.findOneByOrFail(RenewalDecision, { id: created.id });
    });
    this.relay.notify();
    this.logger.log(
      `${decision.decision} decided for term ${decision.termNumber} of contract ${contractId} by ${caller.username}`,
    );

    return toView(decision);
  }

  async list(caller: Caller, contractId: string) {
    const schedule = await this.dataSource
      .getRepository(RenewalSchedule)
      .findOneBy({ contractId, entityId: In(visibleEntities(caller)) });
    if (!schedule) {
      throw renewalNotFound(contractId);
    }
    const decisions = await this.dataSource
      .getRepository(RenewalDecision)
      .find({ where: { contractId }, order: { decidedAt: 'ASC' } });

    return decisions.map(toView);
  }
}

function renewalNotFound(contractId: string): DomainError {
  return DomainError.notFound(
    'renewal.not_found',
    `no contract ${contractId} in force in your entities`,
    { contractId },
  );
}

function toView(decision: RenewalDecision) {
  return {
    id: decision.id,
    contractId: decision.contractId,
    entityId: decision.entityId,
    termNumber: decision.termNumber,
    decision: decision.decision,
    rationale: decision.rationale,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt.toISOString(),
  };
}
