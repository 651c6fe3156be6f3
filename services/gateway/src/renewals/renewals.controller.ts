import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import {
  decisionSchema,
  recordDecisionSchema,
  renewalsQuery,
  renewalSummarySchema,
} from '@pn/alerts-api';
import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';
import { RenewalDto } from './renewal.dto';

const contractParams = z.strictObject({ contractId: z.uuid() });

@ApiTags('renewals')
@Controller('renewals')
export class RenewalsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Renewals of your entities with their key dates, soonest action deadline first',
  })
  @ApiZodQuery(renewalsQuery)
  @ApiOkResponse({ type: [RenewalDto] })
  list(
    @CurrentCaller() caller: Caller,
    @Query(new ZodPipe(renewalsQuery)) query: unknown,
  ): Promise<RenewalDto[]> {
    return this.rpc.request('alerts.renewal.list', caller, query);
  }

  @Get('summary')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The renewal calendar’s summary: undecided, close, overdue, silently rolled over',
  })
  @ApiZodResponse(renewalSummarySchema)
  summary(@CurrentCaller() caller: Caller) {
    return this.rpc.request('alerts.renewal.summary', caller, {});
  }

  @Post(':contractId/decisions')
  @Roles('executive', 'strategy', 'legal')
  @ApiOperation({
    summary: 'Record a renewal decision (renew, renegotiate, exit) with its rationale',
    description:
      'It applies to the term whose deadline is current and stops that term’s escalation. ' +
      'An auto-renewing contract whose notice deadline passes with no decision rolls over silently.',
  })
  @ApiZodBody(recordDecisionSchema)
  @ApiZodResponse(decisionSchema, { status: 201 })
  decide(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(contractParams)) params: { contractId: string },
    @Body(new ZodPipe(recordDecisionSchema)) decision: unknown,
  ) {
    return this.rpc.request('alerts.decision.record', caller, { ...params, decision });
  }

  @Get(':contractId/decisions')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Past renewal decisions of a contract, oldest first' })
  @ApiZodResponse(z.array(decisionSchema))
  decisions(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(contractParams)) params: { contractId: string },
  ) {
    return this.rpc.request('alerts.decision.list', caller, params);
  }
}
