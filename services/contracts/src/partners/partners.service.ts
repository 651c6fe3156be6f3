import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { DataSource, type EntityManager, In, Repository } from 'typeorm';

import {
  type Caller,
  canSeeEntity,
  entityNotFound,
  requireRole,
  type Role,
  visibleEntities,
} from '@pn/auth';
import {
  canMovePartner,
  type ChangePartnerStatus,
  type CreatePartner,
  type ListPartnersQuery,
  PARTNER_TRANSITIONS,
  type PartnerView,
  type UpdatePartner,
} from '@pn/contracts-api';
import { DomainError } from '@pn/errors';
import { partnerCreated, partnerStatusChanged, partnerUpdated } from '@pn/events';
import { appendToOutbox, OutboxRelay } from '@pn/messaging';

import { appendAudit } from '../audit/audit-trail';
import { LegalEntity } from '../legal-entities/legal-entity.entity';
import { fetchPage } from '../pagination';
import { Partner } from './partner.entity';
import { PartnerStatusChange } from './partner-status-change.entity';
import { toPartnerAuditImage, toPartnerSnapshot, toPartnerView } from './partner-view';

const PARTNER_WRITERS: readonly Role[] = ['admin', 'executive', 'strategy', 'legal', 'operations'];
/** Designating a relationship strategic, or moving it through its lifecycle, is a strategic call. */
const STRATEGIC_DECIDERS: readonly Role[] = ['executive', 'strategy'];
const LIFECYCLE_DECIDERS: readonly Role[] = ['admin', 'executive', 'strategy'];
const UNIQUE_VIOLATION = '23505';

const SORT_EXPRESSIONS = {
  legalName: { sortExpression: 'partner.legal_name', sortType: 'text' },
  createdAt: {
    sortExpression: "date_trunc('milliseconds', partner.created_at)",
    sortType: 'timestamptz',
  },
  updatedAt: {
    sortExpression: "date_trunc('milliseconds', partner.updated_at)",
    sortType: 'timestamptz',
  },
} as const;

/** The latest interaction the partner's executive sponsor took part in. */
const SPONSOR_LAST_INTERACTION = `(SELECT max(interaction.occurred_on)::text FROM interaction
  WHERE interaction.partner_id = partner.id
    AND partner.sponsor_username = ANY (interaction.participants))`;

@Injectable()
export class PartnersService {
  private readonly logger = new Logger(PartnersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
  ) {}

  async create(caller: Caller, command: CreatePartner): Promise<PartnerView> {
    requireRole(caller, PARTNER_WRITERS);
    if (command.strategic) {
      requireRole(caller, STRATEGIC_DECIDERS);
    }
    if (!canSeeEntity(caller, command.entityId)) {
      throw entityNotFound(command.entityId);
    }

    const partner = await this.write(command, async (manager) => {
      const entity = await manager.findOneBy(LegalEntity, { id: command.entityId });
      if (!entity) {
        throw entityNotFound(command.entityId);
      }
      const created = manager.create(Partner, {
        ...command,
        id: randomUUID(),
        entityId: entity.id,
        status: 'prospect',
        createdBy: caller.subject,
      });
      await manager.insert(Partner, created);
      const stored = await manager.findOneByOrFail(Partner, { id: created.id });
      await appendAudit(manager, {
        entityId: stored.entityId,
        caller,
        action: 'partner.create',
        aggregateType: 'partner',
        aggregateId: stored.id,
        before: null,
        after: toPartnerAuditImage(stored),
      });
      await appendToOutbox(manager, partnerCreated, toPartnerSnapshot(stored), {
        entityId: stored.entityId,
        subject: stored.id,
      });

      return stored;
    });
    this.logger.log(`partner ${partner.id} "${partner.legalName}" created in ${partner.entityId}`);

    return this.get(caller, partner.id);
  }

  async update(caller: Caller, id: string, changes: UpdatePartner): Promise<PartnerView> {
    requireRole(caller, PARTNER_WRITERS);
    if (changes.strategic !== undefined) {
      requireRole(caller, STRATEGIC_DECIDERS);
    }

    await this.write(changes, async (manager) => {
      const before = await this.lockVisible(manager, caller, id);
      const changedFields = Object.keys(changes).filter(
        (field) =>
          JSON.stringify(changes[field as keyof UpdatePartner]) !==
          JSON.stringify(before[field as keyof Partner]),
      );
      if (changedFields.length === 0) {
        return before;
      }
      await manager.update(Partner, { id }, changes);
      const after = await manager.findOneByOrFail(Partner, { id });
      await appendAudit(manager, {
        entityId: after.entityId,
        caller,
        action: 'partner.update',
        aggregateType: 'partner',
        aggregateId: id,
        before: toPartnerAuditImage(before),
        after: toPartnerAuditImage(after),
      });
      await appendToOutbox(
        manager,
        partnerUpdated,
        { ...toPartnerSnapshot(after), changedFields },
        { entityId: after.entityId, subject: id },
      );

      return after;
    });

    return this.get(caller, id);
  }

  async changeStatus(
    caller: Caller,
    id: string,
    command: ChangePartnerStatus,
  ): Promise<PartnerView> {
    requireRole(caller, LIFECYCLE_DECIDERS);

    await this.dataSource.transaction(async (manager) => {
      const before = await this.lockVisible(manager, caller, id);
      if (!canMovePartner(before.status, command.status)) {
        const allowed = PARTNER_TRANSITIONS[before.status];
        throw DomainError.conflict(
          'partner.transition_not_allowed',
          `a partner cannot move from ${before.status} to ${command.status}; allowed: ${allowed.join(', ') || 'none (exited is final)'}`,
          { from: before.status, to: command.status, allowed },
        );
      }
      await manager.update(Partner, { id }, { status: command.status });
      await manager.insert(PartnerStatusChange, {
        id: randomUUID(),
        partnerId: id,
        fromStatus: before.status,
        toStatus: command.status,
        reason: command.reason,
        changedBy: caller.username,
      });
      const after = await manager.findOneByOrFail(Partner, { id });
      await appendAudit(manager, {
        entityId: after.entityId,
        caller,
        action: 'partner.status.change',
        aggregateType: 'partner',
        aggregateId: id,
        before: { status: before.status },
        after: { status: after.status },
        reason: command.reason,
      });
      await appendToOutbox(
        manager,
        partnerStatusChanged,
        { ...toPartnerSnapshot(after), previousStatus: before.status, reason: command.reason },
        { entityId: after.entityId, subject: id },
      );
    });
    this.relay.notify();
    this.logger.log(`partner ${id} moved to ${command.status}`);

    return this.get(caller, id);
  }

  async statusHistory(caller: Caller, id: string) {
    await this.get(caller, id);
    const changes = await this.dataSource.getRepository(PartnerStatusChange).find({
      where: { partnerId: id },
      order: { changedAt: 'ASC' },
    });

    return changes.map((change) => ({
      from: change.fromStatus,
      to: change.toStatus,
      reason: change.reason,
      changedBy: change.changedBy,
      changedAt: change.changedAt.toISOString(),
    }));
  }

  /** A partner outside the caller's entities does not exist for them: 404, never 403. */
  async get(caller: Caller, id: string): Promise<PartnerView> {
    const { entities, raw } = await this.partners
      .createQueryBuilder('partner')
      .addSelect(SPONSOR_LAST_INTERACTION, 'sponsor_last_interaction_on')
      .where('partner.id = :id AND partner.entity_id IN (:...entities)', {
        id,
        entities: visibleEntities(caller),
      })
      .getRawAndEntities<{ sponsor_last_interaction_on: string | null }>();
    if (!entities[0]) {
      throw partnerNotFound(id);
    }

    return toPartnerView(entities[0], raw[0].sponsor_last_interaction_on);
  }

  async list(caller: Caller, query: ListPartnersQuery) {
    const builder = this.partners
      .createQueryBuilder('partner')
      .addSelect(SPONSOR_LAST_INTERACTION, 'sponsor_last_interaction_on')
      .where('partner.entity_id IN (:...entities)', { entities: visibleEntities(caller) });
    if (query.entityId) {
      builder.andWhere('partner.entity_id = :entityId', { entityId: query.entityId });
    }
    if (query.category) {
      builder.andWhere('partner.category = :category', { category: query.category });
    }
    if (query.status) {
      builder.andWhere('partner.status = :status', { status: query.status });
    }
    if (query.owner) {
      builder.andWhere('partner.owner_username = :owner', { owner: query.owner });
    }
    if (query.sponsor) {
      builder.andWhere('partner.sponsor_username = :sponsor', { sponsor: query.sponsor });
    }
    if (query.strategic !== undefined) {
      builder.andWhere(`partner.strategic IS ${query.strategic ? 'NOT NULL' : 'NULL'}`);
    }
    if (query.capability) {
      builder.andWhere(':capability = ANY (partner.capabilities)', {
        capability: query.capability,
      });
    }
    if (query.q) {
      builder.andWhere('partner.legal_name ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    }
    return fetchPage(
      builder,
      {
        ...SORT_EXPRESSIONS[query.sort],
        idColumn: 'partner.id',
        order: query.order,
        limit: query.limit,
        cursor: query.cursor,
      },
      (partner) => partner.id,
      (partner, row) =>
        toPartnerView(partner, (row.sponsor_last_interaction_on as string | null) ?? null),
    );
  }

  /** Reads and row-locks a partner the caller may see, for a change in this transaction. */
  async lockVisible(manager: EntityManager, caller: Caller, id: string): Promise<Partner> {
    const partner = await manager.findOne(Partner, {
      where: { id, entityId: In(visibleEntities(caller)) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!partner) {
      throw partnerNotFound(id);
    }

    return partner;
  }

  private async write<T>(
    command: { legalName?: string; crmId?: string | null; erpId?: string | null },
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      const result = await this.dataSource.transaction(work);
      this.relay.notify();

      return result;
    } catch (error) {
      throw duplicateOf(error, command) ?? error;
    }
  }
}

export function partnerNotFound(id: string): DomainError {
  return DomainError.notFound('partner.not_found', `partner ${id} not found`, { id });
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function duplicateOf(
  error: unknown,
  command: { legalName?: string; crmId?: string | null; erpId?: string | null },
): DomainError | null {
  const failure = error as { code?: string; constraint?: string };
  if (failure.code !== UNIQUE_VIOLATION) {
    return null;
  }
  const field =
    failure.constraint === 'partner_entity_id_crm_id_key'
      ? 'crmId'
      : failure.constraint === 'partner_entity_id_erp_id_key'
        ? 'erpId'
        : 'legalName';
  const value = command[field] ?? '';

  return DomainError.conflict(
    'partner.already_exists',
    `another partner of this entity already has ${field} "${value}"`,
    { field },
  );
}
