import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { DataSource, In, Repository } from 'typeorm';

import type { Caller, Role } from '@pn/auth';
import { DomainError } from '@pn/errors';
import { contractCreated } from '@pn/events';
import { appendToOutbox, OutboxRelay } from '@pn/messaging';
import { runWithLogContext } from '@pn/observability';

import { requireRole } from '../access';
import { LegalEntity } from '../legal-entities/legal-entity.entity';
import { Partner } from '../partners/partner.entity';
import { Contract } from './contract.entity';
import type { CreateContract } from './contract.schemas';

// Registering an agreement is legal's job (contract accuracy, brief section 4).
const CONTRACT_WRITERS: readonly Role[] = ['admin', 'legal'];

@Injectable()
export class ContractsService {
  private readonly logger = new Logger(ContractsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    @InjectRepository(Contract) private readonly contracts: Repository<Contract>,
  ) {}

  async create(caller: Caller, command: CreateContract): Promise<Contract> {
    requireRole(caller, CONTRACT_WRITERS);

    const contract = await this.dataSource.transaction(async (manager) => {
      const partner = await manager.findOneBy(Partner, {
        id: command.partnerId,
        entityId: In(caller.entities),
      });
      if (!partner) {
        throw DomainError.notFound('partner.not_found', `partner ${command.partnerId} not found`, {
          id: command.partnerId,
        });
      }
      const entity = await manager.findOneByOrFail(LegalEntity, { id: partner.entityId });
      const created = manager.create(Contract, {
        id: randomUUID(),
        entityId: partner.entityId,
        partnerId: partner.id,
        title: command.title,
        effectiveDate: command.effectiveDate,
        initialTermMonths: command.initialTermMonths,
        renewalType: command.renewalType,
        renewalTermMonths: command.renewalTermMonths,
        noticeDays: command.noticeDays,
        status: 'draft',
        createdBy: caller.subject,
      });
      await manager.insert(Contract, created);
      await appendToOutbox(
        manager,
        contractCreated,
        {
          contractId: created.id,
          partnerId: partner.id,
          partnerName: partner.legalName,
          partnerCategory: partner.category,
          entityId: entity.id,
          entityTimeZone: entity.timeZone,
          title: created.title,
          effectiveDate: created.effectiveDate,
          initialTermMonths: created.initialTermMonths,
          renewalType: created.renewalType,
          renewalTermMonths: created.renewalTermMonths,
          noticeDays: created.noticeDays,
        },
        { entityId: entity.id, subject: created.id },
      );

      return created;
    });
    this.relay.notify();
    runWithLogContext({ entityId: contract.entityId }, () =>
      this.logger.log(`contract ${contract.id} "${contract.title}" registered`),
    );

    return this.get(caller, contract.id);
  }

  /** A contract outside the caller's entities does not exist for them: 404, never 403. */
  async get(caller: Caller, id: string): Promise<Contract> {
    const contract = await this.contracts.findOneBy({ id, entityId: In(caller.entities) });
    if (!contract) {
      throw DomainError.notFound('contract.not_found', `contract ${id} not found`, { id });
    }

    return contract;
  }
}
