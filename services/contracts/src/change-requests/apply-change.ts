import type { EntityManager } from 'typeorm';

import type { Caller } from '@pn/auth';
import type { ContractTerms } from '@pn/contracts-api';
import { contractTerminated, contractVersionApproved } from '@pn/events';
import { appendToOutbox } from '@pn/messaging';

import { appendAudit } from '../audit/audit-trail';
import { Contract, termColumns } from '../contracts/contract.entity';
import { entityTimeZone } from '../legal-entities/entity-time-zone';
import { supersedeAfter, syncObligations } from '../obligations/obligation-schedule';
import { Partner } from '../partners/partner.entity';
import { ContractVersion } from '../versions/contract-version.entity';
import { diffTerms } from '../versions/term-diff';
import { ChangeApproval } from './change-approval.entity';
import { ChangeRequest } from './change-request.entity';
import { approverViews } from './change-request-view';

/** The last approval: write the version, move the contract, publish the event. */
export async function applyApprovedChange(
  manager: EntityManager,
  caller: Caller,
  request: ChangeRequest,
) {
  const contract = await manager.findOneOrFail(Contract, {
    where: { id: request.contractId },
    lock: { mode: 'pessimistic_write' },
  });
  const partner = await manager.findOneByOrFail(Partner, { id: contract.partnerId });
  const approvals = await manager.findBy(ChangeApproval, { changeRequestId: request.id });
  const version = (contract.currentVersion ?? 0) + 1;
  const before = request.kind === 'activation' ? null : contract.terms;
  const terms: ContractTerms =
    request.kind === 'activation'
      ? (request.proposedTerms as ContractTerms)
      : { ...contract.terms, ...(request.changes ?? {}) };
  const approvedAt = new Date();
  const changes = request.kind === 'termination' ? {} : diffTerms(before, terms);
  const effectiveFrom = request.effectiveDate as string;

  // save() rather than insert(): insert's typing cannot express the jsonb diff's values.
  await manager.save(
    manager.create(ContractVersion, {
      contractId: contract.id,
      version,
      entityId: contract.entityId,
      kind: request.kind,
      effectiveFrom,
      terms,
      changes,
      reason: request.reason,
      authorUsername: request.authorUsername,
      approvers: approverViews(request, approvals),
      approvedAt,
      changeRequestId: request.id,
    }),
  );
  await manager.update(
    Contract,
    { id: contract.id },
    {
      ...termColumns(terms),
      currentVersion: version,
      status: request.kind === 'termination' ? 'terminated' : 'active',
      terminatedOn: request.kind === 'termination' ? effectiveFrom : null,
    },
  );
  if (request.kind === 'termination') {
    await supersedeAfter(manager, contract.id, effectiveFrom, version);
  } else {
    await syncObligations(manager, contract, terms, version);
  }
  await manager.update(
    ChangeRequest,
    { id: request.id },
    { status: 'approved', resultingVersion: version, decidedAt: approvedAt },
  );
  await appendAudit(manager, {
    entityId: contract.entityId,
    caller,
    action: `contract.${request.kind}.apply`,
    aggregateType: 'contract',
    aggregateId: contract.id,
    before: { status: contract.status, version: contract.currentVersion },
    after: {
      status: request.kind === 'termination' ? 'terminated' : 'active',
      version,
      effectiveFrom,
      changes,
    },
    reason: request.reason,
  });
  const context = {
    contractId: contract.id,
    partnerId: partner.id,
    partnerName: partner.legalName,
    partnerCategory: partner.category,
    entityId: contract.entityId,
    entityTimeZone: await entityTimeZone(manager, contract.entityId),
  };
  const meta = { entityId: contract.entityId, subject: contract.id };
  if (request.kind === 'termination') {
    await appendToOutbox(
      manager,
      contractTerminated,
      {
        ...context,
        version,
        terminatedOn: effectiveFrom,
        reason: request.reason,
        approvedAt: approvedAt.toISOString(),
      },
      meta,
    );
  } else {
    await appendToOutbox(
      manager,
      contractVersionApproved,
      {
        ...context,
        version,
        kind: request.kind,
        effectiveFrom,
        approvedAt: approvedAt.toISOString(),
        changedFields: Object.keys(changes),
        terms,
      },
      meta,
    );
  }

  return { contractId: contract.id, entityId: contract.entityId, version, kind: request.kind };
}
