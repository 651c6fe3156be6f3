import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { alertPolicySchema, alertPolicyScope, effectiveAlertPolicySchema } from '@pn/alerts-api';
import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const entityParams = alertPolicyScope.pick({ entityId: true });
const categoryQuery = alertPolicyScope.pick({ category: true });

@ApiTags('alerts')
@Controller('alert-policies/:entityId')
export class AlertPoliciesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The alert policy in force for each partner category of an entity, and its source',
    description:
      'Defaults: 180/120/90/60 days, escalation below 60 days (90 for carriers), weekly.',
  })
  @ApiZodResponse(z.array(effectiveAlertPolicySchema))
  get(@CurrentCaller() caller: Caller, @Param(new ZodPipe(entityParams)) params: unknown) {
    return this.rpc.request('alerts.policy.get', caller, params);
  }

  @Put()
  @Roles('admin')
  @ApiOperation({
    summary: 'Set the alert offsets and escalation of an entity, for one category or all (*)',
    description: 'Takes effect at the next evaluation; alerts already raised stay raised.',
  })
  @ApiZodQuery(categoryQuery)
  @ApiZodBody(alertPolicySchema)
  @ApiZodResponse(z.array(effectiveAlertPolicySchema))
  set(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(entityParams)) params: { entityId: string },
    @Query(new ZodPipe(categoryQuery)) query: { category: string },
    @Body(new ZodPipe(alertPolicySchema)) policy: unknown,
  ) {
    return this.rpc.request('alerts.policy.set', caller, { ...params, ...query, policy });
  }
}
