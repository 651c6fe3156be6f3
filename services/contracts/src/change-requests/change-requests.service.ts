import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, type EntityManager, In } from 'typeorm';

import { type Caller, hasAnyRole, requireRole, type Role, visibleEntities } from '@pn/auth';
import type { ChangeRequestView, ContractTerms, ProposeChange, TermField } from '@pn/contracts-api';
import { DomainError } from '@pn/errors';
import { OutboxRelay } from '@pn/messaging';
import { runWithLogContext } from '@pn/observability';

import { appendAudit } from '../audit/audit-trail';
import { Contract } from '../contracts/contract.entity';
import { ContractsService } from '../contracts/contracts.service';
import { requireConsistentTerms, requireTermOwnership } from '../contracts/term-rules';
import { diffTerms } from '../versions/term-diff';
import { applyApprovedChange } from './apply-change';
import { ApprovalPolicy } from './approval-policy.entity';
import { assignSlots } from './approval-slots';
import { asSlotApprover, ChangeApproval } from './change-approval.entity';
import { ChangeRequest } from './change-request.entity';
import { toChangeRequestView } from './change-request-view';

const PROPOSERS: readonly Role[] = [
  'admin',
  'executive',
  'strategy',
  'legal',
  'finance',
  'operations',
];
/** Ending an agreement is a legal and commercial decision. */
const TERMINATION_PROPOSERS: readonly Role[] = ['executive', 'strategy', 'legal'];
const UNIQUE_VIOLATION = '23505';

/**
 * Governance of change (brief section 9): an activation, amendment or termination is a
 * request that two distinct people, neither its author, must approve under the entity's
 * policy. Only the last approval applies it: a new immutable version and its event.
 */
@Injectable()
export class ChangeRequestsService {
  private readonly logger = new Logger(ChangeRequestsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly contracts: ContractsService,
  ) {}

  async propose(caller: Caller, contractId: string, proposal: ProposeChange) {
    requireRole(caller, proposal.kind === 'termination' ? TERMINATION_PROPOSERS : PROPOSERS);

    const id = await this.dataSource
      .transaction(async (manager) => {
        const contract = await this.contracts.lockVisible(manager, caller, contractId);
        const policy = await manager.findOneByOrFail(ApprovalPolicy, {
          entityId: contract.entityId,
        });
        const request = manager.create(ChangeRequest, {
          id: randomUUID(),
          entityId: contract.entityId,
          contractId,
          kind: proposal.kind,
          status: 'pending',
          reason: proposal.reason,
          authorSubject: caller.subject,
          authorUsername: caller.username,
          requiredSlots: policy.slots,
          ...(await this.proposalContent(manager, caller, contract, proposal)),
        });
        await manager.insert(ChangeRequest, request);
        await appendAudit(manager, {
          entityId: contract.entityId,
          caller,
          action: `contract.${proposal.kind}.propose`,
          aggregateType: 'contract',
          aggregateId: contractId,
          before: null,
          after: {
            changeRequestId: request.id,
            changes: request.changes,
            effectiveDate: request.effectiveDate,
          },
          reason: proposal.reason,
        });

        return request.id;
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          throw DomainError.conflict(
            'change.pending_exists',
            `contract ${contractId} already has a change waiting for approval; decide it first`,
            { contractId },
          );
        }
        throw error;
      });
    this.logger.log(`${proposal.kind} of contract ${contractId} proposed as change request ${id}`);

    return this.get(caller, id);
  }

  async approve(caller: Caller, id: string, comment: string | undefined) {
    const applied = await this.dataSource.transaction(async (manager) => {
      const request = await this.lockPending(manager, caller, id);
      if (request.authorSubject === caller.subject) {
        throw DomainError.forbidden(
          'change.self_approval',
          'you proposed this change: approval must come from two other people',
        );
      }
      const approvals = await manager.findBy(ChangeApproval, { changeRequestId: id });
      if (approvals.some((approval) => approval.approverSubject === caller.subject)) {
        throw DomainError.conflict(
          'change.already_approved',
          'you have already approved this change; it needs a different person',
        );
      }
      const approvers = [
        ...approvals.map(asSlotApprover),
        { subject: caller.subject, roles: caller.roles },
      ];
      if (!assignSlots(request.requiredSlots, approvers)) {
        throw DomainError.forbidden(
          'change.approver_not_eligible',
          `your roles fill none of the approvals still needed (${openSlots(request, approvals)})`,
          { required: request.requiredSlots },
        );
      }
      await manager.insert(ChangeApproval, {
        changeRequestId: id,
        approverSubject: caller.subject,
        approverUsername: caller.username,
        approverRoles: [...caller.roles],
        comment: comment ?? null,
      });
      await appendAudit(manager, {
        entityId: request.entityId,
        caller,
        action: `contract.${request.kind}.approve`,
        aggregateType: 'contract',
        aggregateId: request.contractId,
        before: null,
        after: {
          changeRequestId: id,
          approvals: approvers.length,
          of: request.requiredSlots.length,
        },
        reason: comment ?? null,
      });
      if (approvers.length < request.requiredSlots.length) {
        return null;
      }

      return applyApprovedChange(manager, caller, request);
    });
    if (applied) {
      this.relay.notify();
      runWithLogContext({ entityId: applied.entityId }, () =>
        this.logger.log(
          `contract ${applied.contractId} version ${applied.version} (${applied.kind}) approved and applied`,
        ),
      );
    }

    return this.get(caller, id);
  }

  async reject(caller: Caller, id: string, reason: string) {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lockPending(manager, caller, id);
      if (request.authorSubject === caller.subject) {
        throw DomainError.forbidden(
          'change.self_approval',
          'you proposed this change: withdrawing is not rejecting; ask an approver to reject it',
        );
      }
      if (!request.requiredSlots.some((slot) => hasAnyRole(caller, slot as Role[]))) {
        throw DomainError.forbidden(
          'change.approver_not_eligible',
          'only someone who could approve this change may reject it',
          { required: request.requiredSlots },
        );
      }
      await manager.update(
        ChangeRequest,
        { id },
        {
          status: 'rejected',
          rejectedBy: caller.username,
          rejectionReason: reason,
          decidedAt: new Date(),
        },
      );
      await appendAudit(manager, {
        entityId: request.entityId,
        caller,
        action: `contract.${request.kind}.reject`,
        aggregateType: 'contract',
        aggregateId: request.contractId,
        before: { changeRequestId: id, status: 'pending' },
        after: { changeRequestId: id, status: 'rejected' },
        reason,
      });
    });
    this.logger.log(`change request ${id} rejected by ${caller.username}`);

    return this.get(caller, id);
  }

  async get(caller: Caller, id: string): Promise<ChangeRequestView> {
    const request = await this.dataSource.getRepository(ChangeRequest).findOneBy({
      id,
      entityId: In(visibleEntities(caller)),
    });
    if (!request) {
      throw changeNotFound(id);
    }
    const approvals = await this.dataSource
      .getRepository(ChangeApproval)
      .findBy({ changeRequestId: id });

    return toChangeRequestView(request, approvals);
  }

  async listForContract(caller: Caller, contractId: string): Promise<ChangeRequestView[]> {
    await this.contracts.get(caller, contractId);
    const requests = await this.dataSource
      .getRepository(ChangeRequest)
      .find({ where: { contractId }, order: { createdAt: 'DESC' } });
    const approvals = requests.length
      ? await this.dataSource
          .getRepository(ChangeApproval)
          .findBy({ changeRequestId: In(requests.map((request) => request.id)) })
      : [];

    return requests.map((request) =>
      toChangeRequestView(
        request,
        approvals.filter((approval) => approval.changeRequestId === request.id),
      ),
    );
  }

  /** What a proposal asks for, checked against the contract as it stands. */
  private async proposalContent(
    manager: EntityManager,
    caller: Caller,
    contract: Contract,
    proposal: ProposeChange,
  ): Promise<Partial<ChangeRequest>> {
    switch (proposal.kind) {
      case 'activation':
        requireStatus(contract, 'draft', 'only a draft can be activated');
        requireConsistentTerms(contract.terms);

        return {
          proposedTerms: contract.terms,
          changes: null,
          effectiveDate: contract.terms.effectiveDate,
        };
      case 'amendment': {
        requireStatus(contract, 'active', 'only an active contract can be amended');
        requireTermOwnership(caller, Object.keys(proposal.changes) as TermField[]);
        const amended: ContractTerms = { ...contract.terms, ...proposal.changes };
        requireConsistentTerms(amended);
        if (Object.keys(diffTerms(contract.terms, amended)).length === 0) {
          throw DomainError.validation('invalid request: changes repeat the current terms', {
            fields: [{ field: 'changes', problem: 'change nothing' }],
          });
        }
        await requireOnOrAfterActivation(
          manager,
          contract,
          proposal.effectiveDate,
          'effectiveDate',
        );

        return {
          proposedTerms: null,
          changes: proposal.changes,
          effectiveDate: proposal.effectiveDate,
        };
      }
      case 'termination':
        requireStatus(contract, 'active', 'only an active contract can be terminated');
        await requireOnOrAfterActivation(
          manager,
          contract,
          proposal.terminationDate,
          'terminationDate',
        );

        return { proposedTerms: null, changes: null, effectiveDate: proposal.terminationDate };
    }
  }

  private async lockPending(manager: EntityManager, caller: Caller, id: string) {
    const request = await manager.findOne(ChangeRequest, {
      where: { id, entityId: In(visibleEntities(caller)) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) {
      throw changeNotFound(id);
    }
    if (request.status !== 'pending') {
      throw DomainError.conflict(
        'change.not_pending',
        `change request ${id} was already ${request.status}`,
        { status: request.status },
      );
    }

    return request;
  }
}

function changeNotFound(id: string): DomainError {
  return DomainError.notFound('change.not_found', `change request ${id} not found`, { id });
}

function requireStatus(contract: Contract, status: Contract['status'], message: string): void {
  if (contract.status !== status) {
    throw DomainError.conflict(
      'contract.wrong_status',
      `${message}; contract ${contract.id} is ${contract.status}`,
      {
        status: contract.status,
      },
    );
  }
}

async function requireOnOrAfterActivation(
  manager: EntityManager,
  contract: Contract,
  date: string,
  field: string,
): Promise<void> {
  const [first] = await manager.query<{ effective_from: string }[]>(
    'SELECT effective_from FROM contract_version WHERE contract_id = $1 AND version = 1',
    [contract.id],
  );
  if (first && date < first.effective_from) {
    throw DomainError.validation(
      `invalid request: ${field} ${date} is before the contract took effect on ${first.effective_from}`,
      { fields: [{ field, problem: `must be on or after ${first.effective_from}` }] },
    );
  }
}

function openSlots(request: ChangeRequest, approvals: readonly ChangeApproval[]): string {
  const assigned = new Set(assignSlots(request.requiredSlots, approvals.map(asSlotApprover)) ?? []);

  return request.requiredSlots
    .filter((_slot, index) => !assigned.has(index))
    .map((slot) => slot.join(' or '))
    .join('; ');
}
