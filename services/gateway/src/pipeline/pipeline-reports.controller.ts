import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';
import {
  boardSchema,
  decisionLogQuery,
  decisionLogSchema,
  funnelSchema,
  opportunityModelSchema,
  pipelineScopeQuery,
  publishOpportunityModelSchema,
} from '@pn/pipeline-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

@ApiTags('pipeline')
@Controller('pipeline')
export class PipelineReportsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('board')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Opportunities by stage, with counts and estimated value' })
  @ApiZodQuery(pipelineScopeQuery)
  @ApiZodResponse(boardSchema)
  board(@CurrentCaller() caller: Caller, @Query(new ZodPipe(pipelineScopeQuery)) query: object) {
    return this.rpc.request('pipeline.board.view', caller, query);
  }

  @Get('funnel')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Conversion per stage and median time spent in each' })
  @ApiZodQuery(pipelineScopeQuery)
  @ApiZodResponse(funnelSchema)
  funnel(@CurrentCaller() caller: Caller, @Query(new ZodPipe(pipelineScopeQuery)) query: object) {
    return this.rpc.request('pipeline.funnel.view', caller, query);
  }

  @Get('decisions')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The decision log: every go and no-go with its rationale, newest first',
  })
  @ApiZodQuery(decisionLogQuery)
  @ApiZodResponse(decisionLogSchema)
  decisions(@CurrentCaller() caller: Caller, @Query(new ZodPipe(decisionLogQuery)) query: object) {
    return this.rpc.request('pipeline.decision.log', caller, query);
  }

  @Get('models')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Every version of the opportunity scoring model, newest (in force) first',
  })
  @ApiZodResponse(z.array(opportunityModelSchema))
  models(@CurrentCaller() caller: Caller) {
    return this.rpc.request('pipeline.model.list', caller, {});
  }

  @Post('models')
  @Roles('strategy', 'admin')
  @ApiOperation({
    summary: 'Publish a new version of the opportunity weights and go/no-go thresholds',
    description: 'Scores and decisions already taken keep the version they were made with.',
  })
  @ApiZodBody(publishOpportunityModelSchema)
  @ApiZodResponse(opportunityModelSchema, { status: 201 })
  publish(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(publishOpportunityModelSchema)) model: unknown,
  ) {
    return this.rpc.request('pipeline.model.publish', caller, model);
  }
}
