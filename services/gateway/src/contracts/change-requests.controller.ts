import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { type Caller, Roles } from '@pn/auth';
import { approveChangeSchema, changeRequestSchema, rejectChangeSchema } from '@pn/contracts-api';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const APPROVERS = ['executive', 'strategy', 'legal', 'finance', 'operations'] as const;

@ApiTags('contracts')
@Controller('change-requests')
export class ChangeRequestsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One change request with its approvals' })
  @ApiZodResponse(changeRequestSchema)
  get(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('contracts.change.get', caller, { id: params.id });
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...APPROVERS)
  @ApiOperation({
    summary: 'Approve a change; the last approval the policy needs applies it',
    description:
      'Refused with 403 change.self_approval for its author, 409 change.already_approved for a ' +
      'second approval by the same person, 403 change.approver_not_eligible when your roles fill ' +
      'no open slot.',
  })
  @ApiZodBody(approveChangeSchema)
  @ApiZodResponse(changeRequestSchema)
  approve(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(approveChangeSchema)) approval: unknown,
  ) {
    return this.rpc.request('contracts.change.approve', caller, { id: params.id, approval });
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles(...APPROVERS)
  @ApiOperation({ summary: 'Reject a change, with the reason; it is then closed' })
  @ApiZodBody(rejectChangeSchema)
  @ApiZodResponse(changeRequestSchema)
  reject(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(rejectChangeSchema)) rejection: unknown,
  ) {
    return this.rpc.request('contracts.change.reject', caller, { id: params.id, rejection });
  }
}
