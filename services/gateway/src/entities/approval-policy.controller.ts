import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { approvalPolicySchema, entityCode } from '@pn/contracts-api';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const entityParams = z.strictObject({ entityId: entityCode });
const policyView = approvalPolicySchema.extend({
  entityId: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

@ApiTags('entities')
@Controller('entities/:entityId/approval-policy')
export class ApprovalPolicyController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Which approvals a contract change needs in this entity' })
  @ApiZodResponse(policyView)
  get(@CurrentCaller() caller: Caller, @Param(new ZodPipe(entityParams)) params: unknown) {
    return this.rpc.request('contracts.approval_policy.get', caller, params);
  }

  @Put()
  @Roles('admin')
  @ApiOperation({
    summary: 'Set the approval policy: at least two slots, each one distinct approver',
    description: 'Pending changes keep the policy they were proposed under.',
  })
  @ApiZodBody(approvalPolicySchema)
  @ApiZodResponse(policyView)
  set(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(entityParams)) params: { entityId: string },
    @Body(new ZodPipe(approvalPolicySchema)) policy: unknown,
  ) {
    return this.rpc.request('contracts.approval_policy.set', caller, { ...params, policy });
  }
}
