import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';
import {
  backupsSchema,
  capabilityCoverageSchema,
  concentrationSchema,
  diversificationPlanSchema,
  entityScopeQuery,
  portfolioSchema,
  recordDiversificationPlanSchema,
} from '@pn/scoring-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

@ApiTags('scoring')
@Controller()
export class PortfolioRiskController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('scoring/portfolio')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The portfolio per entity and overall: status, health index, concentration, top risks',
  })
  @ApiZodQuery(entityScopeQuery)
  @ApiZodResponse(portfolioSchema)
  portfolio(@CurrentCaller() caller: Caller, @Query(new ZodPipe(entityScopeQuery)) query: object) {
    return this.rpc.request('scoring.portfolio.view', caller, query);
  }

  @Post('scoring/diversification-plans')
  @Roles('executive', 'strategy')
  @ApiOperation({
    summary: 'Record a plan to give a capability another provider, with its owner and date',
  })
  @ApiZodBody(recordDiversificationPlanSchema)
  @ApiZodResponse(diversificationPlanSchema, { status: 201 })
  recordPlan(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(recordDiversificationPlanSchema)) plan: unknown,
  ) {
    return this.rpc.request('scoring.diversification.record', caller, plan);
  }

  @Get('scoring/concentration')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Revenue concentration per entity and partner category over the last 12 months',
    description:
      'Each partner’s share, the Herfindahl–Hirschman Index with its band, and partners above the dominant share (default 30 %).',
  })
  @ApiZodQuery(entityScopeQuery)
  @ApiZodResponse(z.array(concentrationSchema))
  concentration(
    @CurrentCaller() caller: Caller,
    @Query(new ZodPipe(entityScopeQuery)) query: object,
  ) {
    return this.rpc.request('scoring.concentration.report', caller, query);
  }

  @Get('scoring/capabilities')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Which active partners provide each capability; single points of failure flagged',
  })
  @ApiZodQuery(entityScopeQuery)
  @ApiZodResponse(z.array(capabilityCoverageSchema))
  capabilities(
    @CurrentCaller() caller: Caller,
    @Query(new ZodPipe(entityScopeQuery)) query: object,
  ) {
    return this.rpc.request('scoring.capabilities.coverage', caller, query);
  }

  @Get('partners/:id/backups')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'For each capability of the partner, the other active providers, best score first',
  })
  @ApiZodResponse(backupsSchema)
  backups(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('scoring.partner.backups', caller, { partnerId: params.id });
  }
}
