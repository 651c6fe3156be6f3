import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';
import {
  boardSchema,
  decisionLogQuery,
  decisionLogSchema,
  funnelSchema,
  pipelineScopeQuery,
} from '@pn/pipeline-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

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
}
