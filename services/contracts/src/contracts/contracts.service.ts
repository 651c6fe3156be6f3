import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { DataSource, type EntityManager, In, Repository } from 'typeorm';

import { type Caller, requireRole, type Role, visibleEntities } from '@pn/auth';
import {
  blankTerms,
  type ContractTerms,
  type ContractView,
  type CreateContract,
  type ListContractsQuery,
  type Page,
  TERM_FIELDS,
  type TermChanges,
  type TermField,
} from '@pn/contracts-api';
import { DomainError } from '@pn/errors';
import { contractCreated } from '@pn/events';
import { appendToOutbox, OutboxRelay } from '@pn/messaging';
import { runWithLogContext } from '@pn/observability';

import { appendAudit } from '../audit/audit-trail';
import { entityTimeZone } from '../legal-entities/entity-time-zone';
import { fetchPage } from '../pagination';
import { Partner } from '../partners/partner.entity';
import { escapeLike, partnerNotFound } from '../partners/partners.service';
import { Contract, termColumns } from './contract.entity';
import { toContractView } from './contract-view';
import { requireConsistentTerms, requireTermOwnership } from './term-rules';

// Everyone but the read-only auditor works on contracts; which terms each may write is
// decided field by field (term-rules.ts).
const CONTRACT_WRITERS: readonly Role[] = [
  'admin',
  'executive',
  'strategy',
  'legal',
  'finance',
  'operations',
];
const UNIQUE_VIOLATION = '23505';

const SORTS = {
  title: { sortExpression: 'contract.title', sortType: 'text' },
  effectiveDate: { sortExpression: 'contract.effective_date', sortType: 'date' },
  createdAt: {
    sortExpression: "date_trunc('milliseconds', contract.created_at)",
    sortType: 'timestamptz',
  },
  updatedAt: {
    sortExpression: "date_trunc('milliseconds', contract.updated_at)",
    sortType: 'timestamptz',
  },
} as const;

const PENDING_CHANGE = `(SELECT change_request.id FROM change_request
  WHERE change_request.contract_id = contract.id AND change_request.status = 'pending')`;

@Injectable()
export class ContractsService {
  private readonly logger = new Logger(ContractsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    @InjectRepository(Contract) private readonly contracts: Repository<Contract>,
  ) {}

  async create(caller: Caller, command: CreateContract): Promise<ContractView> {
    requireRole(caller, CONTRACT_WRITERS);
    const { partnerId, externalRef, ...given } = command;
    requireTermOwnership(caller, Object.keys(given) as TermField[]);

    const contract = await this.dataSource
      .transaction(async (manager) => {
        const partner = await manager.findOneBy(Partner, {
          id: partnerId,
          entityId: In(visibleEntities(caller)),
        });
        if (!partner) {
          throw partnerNotFound(partnerId);
        }
        const terms = draftTerms(given, partner);
        requireConsistentTerms(terms);
        const created = manager.create(Contract, {
          id: randomUUID(),
          entityId: partner.entityId,
          partnerId: partner.id,
          status: 'draft',
          externalRef: externalRef ?? null,
          currentVersion: null,
          terminatedOn: null,
          createdBy: caller.subject,
          ...termColumns(terms),
        });
        await manager.insert(Contract, created);
        await appendAudit(manager, {
          entityId: created.entityId,
          caller,
          action: 'contract.draft.create',
          aggregateType: 'contract',
          aggregateId: created.id,
          before: null,
          after: { status: 'draft', externalRef: created.externalRef, terms },
        });
        await appendToOutbox(
          manager,
          contractCreated,
          {
            contractId: created.id,
            partnerId: partner.id,
            partnerName: partner.legalName,
            partnerCategory: partner.category,
            entityId: partner.entityId,
            entityTimeZone: await entityTimeZone(manager, partner.entityId),
            title: terms.title,
          },
          { entityId: created.entityId, subject: created.id },
        );

        return created;
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          throw DomainError.conflict(
            'contract.already_exists',
            `a contract with externalRef "${externalRef}" already exists in this entity`,
            { field: 'externalRef' },
          );
        }
        throw error;
      });
    this.relay.notify();
    runWithLogContext({ entityId: contract.entityId }, () =>
      this.logger.log(`contract ${contract.id} "${contract.title}" registered as a draft`),
    );

    return this.get(caller, contract.id);
  }

  /** Drafts are edited in place; an active contract changes only through an approved amendment. */
  async updateDraft(caller: Caller, id: string, changes: TermChanges): Promise<ContractView> {
    requireRole(caller, CONTRACT_WRITERS);
    requireTermOwnership(caller, Object.keys(changes) as TermField[]);

    await this.dataSource.transaction(async (manager) => {
      const contract = await this.lockVisible(manager, caller, id);
      if (contract.status !== 'draft') {
        throw DomainError.conflict(
          'contract.not_draft',
          `contract ${id} is ${contract.status}: its terms change only through an approved amendment`,
          { status: contract.status },
        );
      }
      const pending = await manager.query<{ id: string }[]>(
        "SELECT id FROM change_request WHERE contract_id = $1 AND status = 'pending'",
        [id],
      );
      if (pending.length > 0) {
        throw DomainError.conflict(
          'change.pending_exists',
          `the draft is waiting for approval of change request ${pending[0].id}; it cannot change until that is decided`,
          { changeRequestId: pending[0].id },
        );
      }
      const terms: ContractTerms = { ...contract.terms, ...changes };
      requireConsistentTerms(terms);
      await manager.update(Contract, { id }, termColumns(terms));
      await appendAudit(manager, {
        entityId: contract.entityId,
        caller,
        action: 'contract.draft.update',
        aggregateType: 'contract',
        aggregateId: id,
        before: pick(contract.terms, Object.keys(changes)),
        after: pick(terms, Object.keys(changes)),
      });
    });

    return this.get(caller, id);
  }

  /** A contract outside the caller's entities does not exist for them: 404, never 403. */
  async get(caller: Caller, id: string): Promise<ContractView> {
    const { entities, raw } = await this.contracts
      .createQueryBuilder('contract')
      .innerJoinAndSelect('contract.partner', 'partner')
      .addSelect(PENDING_CHANGE, 'pending_change_request_id')
      .where('contract.id = :id AND contract.entity_id IN (:...entities)', {
        id,
        entities: visibleEntities(caller),
      })
      .getRawAndEntities<{ pending_change_request_id: string | null }>();
    const contract = entities[0];
    if (!contract?.partner) {
      throw contractNotFound(id);
    }

    return toContractView(contract, contract.partner, raw[0].pending_change_request_id);
  }

  async list(caller: Caller, query: ListContractsQuery): Promise<Page<ContractView>> {
    const builder = this.contracts
      .createQueryBuilder('contract')
      .innerJoinAndSelect('contract.partner', 'partner')
      .addSelect(PENDING_CHANGE, 'pending_change_request_id')
      .where('contract.entity_id IN (:...entities)', { entities: visibleEntities(caller) });
    const filters: [unknown, string][] = [
      [query.entityId, 'contract.entity_id = :entityId'],
      [query.partnerId, 'contract.partner_id = :partnerId'],
      [query.category, 'partner.category = :category'],
      [query.status, 'contract.status = :status'],
      [query.renewalType, 'contract.renewal_type = :renewalType'],
      [query.owner, 'partner.owner_username = :owner'],
      [query.sponsor, 'partner.sponsor_username = :sponsor'],
    ];
    for (const [value, condition] of filters) {
      if (value !== undefined) {
        builder.andWhere(condition, query);
      }
    }
    if (query.q) {
      builder.andWhere(
        '(contract.title ILIKE :search OR contract.counterparty_legal_name ILIKE :search)',
        { search: `%${escapeLike(query.q)}%` },
      );
    }
    return fetchPage(
      builder,
      {
        ...SORTS[query.sort],
        idColumn: 'contract.id',
        order: query.order,
        limit: query.limit,
        cursor: query.cursor,
      },
      (contract) => contract.id,
      (contract, row) =>
        toContractView(
          contract,
          contract.partner as Partner,
          (row.pending_change_request_id as string | null) ?? null,
        ),
    );
  }

  async lockVisible(manager: EntityManager, caller: Caller, id: string): Promise<Contract> {
    const contract = await manager.findOne(Contract, {
      where: { id, entityId: In(visibleEntities(caller)) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!contract) {
      throw contractNotFound(id);
    }

    return contract;
  }
}

export function contractNotFound(id: string): DomainError {
  return DomainError.notFound('contract.not_found', `contract ${id} not found`, { id });
}

/** A draft's terms: what the caller gave, and empty or neutral values for the rest. */
function draftTerms(
  given: Omit<CreateContract, 'partnerId' | 'externalRef'>,
  partner: Partner,
): ContractTerms {
  return {
    contractType: 'other',
    counterpartyLegalName: partner.legalName,
    initialTermMonths: null,
    endDate: null,
    renewalTermMonths: null,
    terminationNoticeDays: null,
    ...blankTerms(),
    ...given,
  };
}

function pick(terms: ContractTerms, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(
    TERM_FIELDS.filter((field) => fields.includes(field)).map((field) => [field, terms[field]]),
  );
}
