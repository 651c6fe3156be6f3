import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';
import {
  createOpportunitySchema,
  decideSchema,
  listOpportunitiesQuery,
  moveOpportunitySchema,
  opportunityDetailSchema,
  opportunitySchema,
  qualifySchema,
  reviewSchema,
  reviewStage,
  scoreOpportunitySchema,
} from '@pn/pipeline-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS, WRITERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const reviewParams = z.strictObject({ id: z.uuid(), stage: reviewStage });

@ApiTags('pipeline')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Register a partnership opportunity; it starts identified' })
  @ApiZodBody(createOpportunitySchema)
  @ApiZodResponse(opportunityDetailSchema, { status: 201 })
  create(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(createOpportunitySchema)) body: unknown,
  ) {
    return this.rpc.request('pipeline.opportunity.create', caller, body);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Opportunities of your entities, newest first' })
  @ApiZodQuery(listOpportunitiesQuery)
  @ApiZodResponse(z.array(opportunitySchema))
  list(@CurrentCaller() caller: Caller, @Query(new ZodPipe(listOpportunitiesQuery)) query: object) {
    return this.rpc.request('pipeline.opportunity.list', caller, query);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One opportunity with every move, review and the decision' })
  @ApiZodResponse(opportunityDetailSchema)
  get(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('pipeline.opportunity.get', caller, { id: params.id });
  }

  @Post(':id/stage')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Start qualifying, submit a scored opportunity for review, or withdraw it',
    description:
      'identified → qualifying; scored → strategy_review; withdrawn from any stage before the decision. Reviews and the decision move the rest.',
  })
  @ApiZodBody(moveOpportunitySchema)
  @ApiZodResponse(opportunityDetailSchema)
  move(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(moveOpportunitySchema)) body: object,
  ) {
    return this.rpc.request('pipeline.opportunity.move', caller, { id: params.id, ...body });
  }

  @Put(':id/qualification')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Rate qualification criteria (1–5 with a note) while the opportunity is qualifying',
  })
  @ApiZodBody(qualifySchema)
  @ApiZodResponse(opportunityDetailSchema)
  qualify(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(qualifySchema)) ratings: unknown,
  ) {
    return this.rpc.request('pipeline.opportunity.qualify', caller, { id: params.id, ratings });
  }

  @Post(':id/score')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Score a fully qualified opportunity; it moves to scored with its recommendation',
  })
  @ApiZodBody(scoreOpportunitySchema)
  @ApiZodResponse(opportunityDetailSchema)
  score(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(scoreOpportunitySchema)) inputs: unknown,
  ) {
    return this.rpc.request('pipeline.opportunity.score', caller, { id: params.id, inputs });
  }

  @Post(':id/reviews/:stage')
  @HttpCode(200)
  @Roles('strategy', 'legal', 'executive')
  @ApiOperation({
    summary: 'Approve or reject the current review stage, with a comment',
    description:
      'strategy_review by strategy, legal_feasibility by legal, executive_signoff by an executive (whose approval is the decision). Never by the creator; never two stages by one person. A rejection ends the opportunity as no-go, or sends it back to an earlier stage.',
  })
  @ApiZodBody(reviewSchema)
  @ApiZodResponse(opportunityDetailSchema)
  review(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(reviewParams)) params: z.infer<typeof reviewParams>,
    @Body(new ZodPipe(reviewSchema)) review: unknown,
  ) {
    return this.rpc.request('pipeline.opportunity.review', caller, { ...params, review });
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Roles('executive')
  @ApiOperation({
    summary: 'The executive sign-off: go or no-go, with a written rationale',
    description:
      'Records the score, model version and thresholds in force; deciding against the recommendation needs an override reason. A go creates the partner in onboarding.',
  })
  @ApiZodBody(decideSchema)
  @ApiZodResponse(opportunityDetailSchema)
  decide(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(decideSchema)) decision: unknown,
  ) {
    return this.rpc.request('pipeline.opportunity.decide', caller, { id: params.id, decision });
  }
}
