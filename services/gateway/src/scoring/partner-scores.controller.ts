import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';
import {
  currentScoreSchema,
  partnerScoreSchema,
  recordAssessmentSchema,
  recordFinancialsSchema,
  recordKpisSchema,
  scoreHistoryQuery,
} from '@pn/scoring-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const RESCORED =
  'Stored with its source, period and supplier; the partner is scored again at once and the new score, with its explanation, is returned.';

@ApiTags('scoring')
@Controller('partners/:id')
export class PartnerScoresController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('financials')
  @Roles('finance', 'admin')
  @ApiOperation({
    summary: 'Report a month of revenue and cost for the partner',
    description: RESCORED,
  })
  @ApiZodBody(recordFinancialsSchema)
  @ApiZodResponse(currentScoreSchema, { status: 201 })
  recordFinancials(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(recordFinancialsSchema)) financials: unknown,
  ) {
    return this.rpc.request('scoring.financials.record', caller, {
      partnerId: params.id,
      financials,
    });
  }

  @Post('kpis')
  @Roles('operations', 'admin')
  @ApiOperation({
    summary: 'Report a month of reliability and responsiveness',
    description: RESCORED,
  })
  @ApiZodBody(recordKpisSchema)
  @ApiZodResponse(currentScoreSchema, { status: 201 })
  recordKpis(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(recordKpisSchema)) kpis: unknown,
  ) {
    return this.rpc.request('scoring.kpis.record', caller, { partnerId: params.id, kpis });
  }

  @Post('assessments')
  @Roles('executive', 'strategy')
  @ApiOperation({
    summary: 'Rate the relationship’s optionality and strategic alignment (1–5)',
    description: RESCORED,
  })
  @ApiZodBody(recordAssessmentSchema)
  @ApiZodResponse(currentScoreSchema, { status: 201 })
  recordAssessment(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(recordAssessmentSchema)) assessment: unknown,
  ) {
    return this.rpc.request('scoring.assessment.record', caller, {
      partnerId: params.id,
      assessment,
    });
  }

  @Get('score')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The partner’s current health score with its explanation',
    description:
      'Sub-scores, category scores and weights, the inputs used, the model version, and whether the score is stale.',
  })
  @ApiZodResponse(currentScoreSchema)
  score(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('scoring.score.get', caller, { partnerId: params.id });
  }

  @Get('scores')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The partner’s score history, newest first' })
  @ApiZodQuery(scoreHistoryQuery)
  @ApiZodResponse(z.array(partnerScoreSchema))
  history(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Query(new ZodPipe(scoreHistoryQuery)) query: object,
  ) {
    return this.rpc.request('scoring.score.history', caller, { partnerId: params.id, ...query });
  }
}
