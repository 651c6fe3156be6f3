import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { DataSource, In, Repository } from 'typeorm';

import { type Caller, canSeeEntity, type Role } from '@pn/auth';
import { DomainError } from '@pn/errors';
import { partnerCreated } from '@pn/events';
import { appendToOutbox, OutboxRelay } from '@pn/messaging';

import { entityNotFound, requireRole } from '../access';
import { LegalEntity } from '../legal-entities/legal-entity.entity';
import { Partner } from './partner.entity';
import type { CreatePartner } from './partner.schemas';

const PARTNER_WRITERS: readonly Role[] = ['admin', 'strategy', 'legal', 'operations'];
const UNIQUE_VIOLATION = '23505';

@Injectable()
export class PartnersService {
  private readonly logger = new Logger(PartnersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
  ) {}

  async create(caller: Caller, command: CreatePartner): Promise<Partner> {
    requireRole(caller, PARTNER_WRITERS);
    if (!canSeeEntity(caller, command.entityId)) {
      throw entityNotFound(command.entityId);
    }

    const partner = await this.dataSource
      .transaction(async (manager) => {
        const entity = await manager.findOneBy(LegalEntity, { id: command.entityId });
        if (!entity) {
          throw entityNotFound(command.entityId);
        }
        const created = manager.create(Partner, {
          id: randomUUID(),
          entityId: entity.id,
          legalName: command.legalName,
          category: command.category,
          status: 'prospect',
          createdBy: caller.subject,
        });
        await manager.insert(Partner, created);
        await appendToOutbox(
          manager,
          partnerCreated,
          {
            partnerId: created.id,
            entityId: created.entityId,
            legalName: created.legalName,
            category: created.category,
            status: created.status,
          },
          { entityId: created.entityId, subject: created.id },
        );

        return created;
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          throw DomainError.conflict(
            'partner.already_exists',
            `a partner named "${command.legalName}" already exists in ${command.entityId}`,
            { field: 'legalName' },
          );
        }
        throw error;
      });
    this.relay.notify();
    this.logger.log(`partner ${partner.id} "${partner.legalName}" created in ${partner.entityId}`);

    return this.get(caller, partner.id);
  }

  /** A partner outside the caller's entities does not exist for them: 404, never 403. */
  async get(caller: Caller, id: string): Promise<Partner> {
    const partner = await this.partners.findOneBy({ id, entityId: In(caller.entities) });
    if (!partner) {
      throw DomainError.notFound('partner.not_found', `partner ${id} not found`, { id });
    }

    return partner;
  }

  list(caller: Caller): Promise<Partner[]> {
    return this.partners.find({
      where: { entityId: In(caller.entities) },
      order: { legalName: 'ASC' },
    });
  }
}
