import { Injectable, Logger } from '@nestjs/common';

import { DataSource, In, type SelectQueryBuilder } from 'typeorm';

import { type Caller, hasAnyRole, type Role, visibleEntities } from '@pn/auth';
import type {
  DecideObligation,
  ListObligationsQuery,
  ObligationView,
  Page,
} from '@pn/contracts-api';
import { DomainError } from '@pn/errors';
import { obligationStatusChanged } from '@pn/events';
import { appendToOutbox, OutboxRelay } from '@pn/messaging';

import { appendAudit } from '../audit/audit-trail';
import { ContractsService } from '../contracts/contracts.service';
import { entityTimeZone } from '../legal-entities/entity-time-zone';
import { fetchPage } from '../pagination';
import { Partner } from '../partners/partner.entity';
import { Obligation } from './obligation.entity';

/** Overdue: still upcoming after its due date, "today" being the date in the entity's zone. */
const OVERDUE = `(obligation.status = 'upcoming' AND obligation.due_date <
  (SELECT (now() AT TIME ZONE legal_entity.time_zone)::date FROM legal_entity
    WHERE legal_entity.id = obligation.entity_id))`;

@Injectable()
export class ObligationsService {
  private readonly logger = new Logger(ObligationsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly contracts: ContractsService,
  ) {}

  async list(caller: Caller, query: ListObligationsQuery): Promise<Page<ObligationView>> {
    if (query.contractId) {
      await this.contracts.get(caller, query.contractId);
    }
    const builder = this.visible(caller);
    const filters: [unknown, string][] = [
      [query.entityId, 'obligation.entity_id = :entityId'],
      [query.contractId, 'obligation.contract_id = :contractId'],
      [query.status, 'obligation.status = :status'],
      [query.ownerFunction, 'obligation.owner_function = :ownerFunction'],
    ];
    for (const [value, condition] of filters) {
      if (value !== undefined) {
        builder.andWhere(condition, query);
      }
    }
    if (query.overdue !== undefined) {
      builder.andWhere(query.overdue ? OVERDUE : `NOT ${OVERDUE}`);
    }
    return fetchPage(
      builder,
      {
        sortExpression: 'obligation.due_date',
        sortType: 'date',
        idColumn: 'obligation.id',
        order: 'asc',
        limit: query.limit,
        cursor: query.cursor,
      },
      (obligation) => obligation.id,
      (obligation, row) => toView(obligation, row.obligation_overdue === true),
    );
  }

  async decide(caller: Caller, id: string, decision: DecideObligation): Promise<ObligationView> {
    await this.dataSource.transaction(async (manager) => {
      const obligation = await manager.findOne(Obligation, {
        where: { id, entityId: In(visibleEntities(caller)) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!obligation) {
        throw obligationNotFound(id);
      }
      requireDecider(caller, obligation, decision.status);
      if (obligation.status !== 'upcoming') {
        throw DomainError.conflict(
          'obligation.already_decided',
          `obligation ${id} is already ${obligation.status}`,
          { status: obligation.status },
        );
      }
      const decidedAt = new Date();
      await manager.update(
        Obligation,
        { id },
        {
          status: decision.status,
          evidence: decision.evidence,
          decidedBy: caller.username,
          decidedAt,
        },
      );
      await appendAudit(manager, {
        entityId: obligation.entityId,
        caller,
        action: `obligation.${decision.status}`,
        aggregateType: 'contract',
        aggregateId: obligation.contractId,
        before: { obligationId: id, status: obligation.status },
        after: { obligationId: id, status: decision.status, evidence: decision.evidence },
      });
      const contract = await this.contracts.lockVisible(manager, caller, obligation.contractId);
      const partner = await manager.findOneByOrFail(Partner, { id: contract.partnerId });
      await appendToOutbox(
        manager,
        obligationStatusChanged,
        {
          contractId: contract.id,
          partnerId: partner.id,
          partnerName: partner.legalName,
          partnerCategory: partner.category,
          entityId: contract.entityId,
          entityTimeZone: await entityTimeZone(manager, contract.entityId),
          obligationId: id,
          source: obligation.source,
          description: obligation.description,
          dueDate: obligation.dueDate,
          ownerFunction: obligation.ownerFunction,
          status: decision.status,
          evidence: decision.evidence,
          decidedBy: caller.username,
        },
        { entityId: contract.entityId, subject: contract.id },
      );
    });
    this.relay.notify();
    this.logger.log(`obligation ${id} recorded as ${decision.status} by ${caller.username}`);

    return this.get(caller, id);
  }

  async get(caller: Caller, id: string): Promise<ObligationView> {
    const { entities, raw } = await this.visible(caller)
      .andWhere('obligation.id = :id', { id })
      .getRawAndEntities<Record<string, unknown>>();
    if (!entities[0]) {
      throw obligationNotFound(id);
    }

    return toView(entities[0], raw[0].obligation_overdue === true);
  }

  private visible(caller: Caller): SelectQueryBuilder<Obligation> {
    return this.dataSource
      .getRepository(Obligation)
      .createQueryBuilder('obligation')
      .addSelect(OVERDUE, 'obligation_overdue')
      .where('obligation.entity_id IN (:...entities)', { entities: visibleEntities(caller) });
  }
}

/** Met and missed are the owning function's to record; waiving is an executive decision. */
function requireDecider(caller: Caller, obligation: Obligation, status: string): void {
  const allowed: Role[] =
    status === 'waived' ? ['executive'] : [obligation.ownerFunction, 'executive'];
  if (!hasAnyRole(caller, allowed)) {
    throw DomainError.forbidden(
      'obligation.not_owner',
      `recording this obligation as ${status} needs one of the roles: ${allowed.join(', ')}`,
      { required: allowed },
    );
  }
}

function obligationNotFound(id: string): DomainError {
  return DomainError.notFound('obligation.not_found', `obligation ${id} not found`, { id });
}

function toView(obligation: Obligation, overdue: boolean): ObligationView {
  return {
    id: obligation.id,
    contractId: obligation.contractId,
    entityId: obligation.entityId,
    source: obligation.source,
    description: obligation.description,
    dueDate: obligation.dueDate,
    ownerFunction: obligation.ownerFunction,
    amount: obligation.amount,
    status: obligation.status,
    overdue,
    evidence: obligation.evidence,
    decidedBy: obligation.decidedBy,
    decidedAt: obligation.decidedAt?.toISOString() ?? null,
    derivedFromVersion: obligation.derivedFromVersion,
  };
}
