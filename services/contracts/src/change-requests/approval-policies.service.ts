import { Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, canSeeEntity, entityNotFound, requireRole } from '@pn/auth';
import type { ApprovalPolicy as ApprovalPolicyCommand } from '@pn/contracts-api';

import { appendAudit } from '../audit/audit-trail';
import { ApprovalPolicy } from './approval-policy.entity';

/**
 * Each entity's approval policy. A change keeps the policy it was proposed under, so
 * tightening or loosening the policy never changes what a pending request needs.
 */
@Injectable()
export class ApprovalPoliciesService {
  constructor(private readonly dataSource: DataSource) {}

  async get(caller: Caller, entityId: string) {
    if (!canSeeEntity(caller, entityId)) {
      throw entityNotFound(entityId);
    }
    const policy = await this.dataSource.getRepository(ApprovalPolicy).findOneBy({ entityId });
    if (!policy) {
      throw entityNotFound(entityId);
    }

    return toView(policy);
  }

  async set(caller: Caller, entityId: string, command: ApprovalPolicyCommand) {
    requireRole(caller, ['admin']);
    if (!canSeeEntity(caller, entityId)) {
      throw entityNotFound(entityId);
    }
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(ApprovalPolicy, {
        where: { entityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) {
        throw entityNotFound(entityId);
      }
      await manager.update(
        ApprovalPolicy,
        { entityId },
        {
          slots: command.slots,
          updatedBy: caller.username,
        },
      );
      await appendAudit(manager, {
        entityId,
        caller,
        action: 'approval_policy.update',
        aggregateType: 'approval_policy',
        aggregateId: entityId,
        before: { slots: before.slots },
        after: { slots: command.slots },
      });
    });

    return this.get(caller, entityId);
  }
}

function toView(policy: ApprovalPolicy) {
  return {
    entityId: policy.entityId,
    slots: policy.slots,
    updatedBy: policy.updatedBy,
    updatedAt: policy.updatedAt.toISOString(),
  };
}
