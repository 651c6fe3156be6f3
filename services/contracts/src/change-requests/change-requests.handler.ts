import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import {
  approvalPolicySchema,
  approveChangeSchema,
  entityCode,
  proposeChangeSchema,
  rejectChangeSchema,
} from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { ApprovalPoliciesService } from './approval-policies.service';
import { ChangeRequestsService } from './change-requests.service';

@RpcController()
export class ChangeRequestsHandler {
  constructor(
    private readonly changes: ChangeRequestsService,
    private readonly policies: ApprovalPoliciesService,
  ) {}

  @MessagePattern(rpcSubject('contracts.change.propose'))
  propose(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ contractId: z.uuid(), proposal: proposeChangeSchema }),
    );

    return this.changes.propose(caller, payload.contractId, payload.proposal);
  }

  @MessagePattern(rpcSubject('contracts.change.approve'))
  approve(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ id: z.uuid(), approval: approveChangeSchema }),
    );

    return this.changes.approve(caller, payload.id, payload.approval.comment);
  }

  @MessagePattern(rpcSubject('contracts.change.reject'))
  reject(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ id: z.uuid(), rejection: rejectChangeSchema }),
    );

    return this.changes.reject(caller, payload.id, payload.rejection.reason);
  }

  @MessagePattern(rpcSubject('contracts.change.get'))
  get(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ id: z.uuid() }));

    return this.changes.get(caller, payload.id);
  }

  @MessagePattern(rpcSubject('contracts.change.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ contractId: z.uuid() }));

    return this.changes.listForContract(caller, payload.contractId);
  }

  @MessagePattern(rpcSubject('contracts.approval_policy.get'))
  policy(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ entityId: entityCode }));

    return this.policies.get(caller, payload.entityId);
  }

  @MessagePattern(rpcSubject('contracts.approval_policy.set'))
  setPolicy(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ entityId: entityCode, policy: approvalPolicySchema }),
    );

    return this.policies.set(caller, payload.entityId, payload.policy);
  }
}
