import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';
import {
  completeReviewSchema,
  quarterlyRunSchema,
  quarterParam,
  recordMitigationSchema,
  reviewSchema,
  reviewsQuery,
  riskRegisterSchema,
} from '@pn/scoring-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS, WRITERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const reviewParams = z.strictObject({ id: z.uuid(), quarter: quarterParam });
// Rescoring every active partner takes up to a minute at 100,000 partners, not milliseconds.
const QUARTERLY_RUN_TIMEOUT_MS = 600_000;

@ApiTags('scoring')
@Controller()
export class ReviewsAndRisksController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('scoring/reviews')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Quarterly relationship reviews, soonest due first; overdue ones on request',
  })
  @ApiZodQuery(reviewsQuery)
  @ApiZodResponse(z.array(reviewSchema))
  reviews(@CurrentCaller() caller: Caller, @Query(new ZodPipe(reviewsQuery)) query: object) {
    return this.rpc.request('scoring.review.list', caller, query);
  }

  @Post('partners/:id/reviews/:quarter')
  @HttpCode(200)
  @Roles('executive', 'strategy')
  @ApiOperation({
    summary: 'Complete the quarter’s review of a partner with an assessment and notes',
    description: 'The assessment is recorded as such and the partner is scored again.',
  })
  @ApiZodBody(completeReviewSchema)
  @ApiZodResponse(reviewSchema)
  complete(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(reviewParams)) params: { id: string; quarter: string },
    @Body(new ZodPipe(completeReviewSchema)) review: unknown,
  ) {
    return this.rpc.request('scoring.review.complete', caller, {
      partnerId: params.id,
      quarter: params.quarter,
      review,
    });
  }

  @Post('scoring/quarterly-runs')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Run the current quarter’s recomputation now',
    description:
      'Every active partner is scored again and its review for the quarter opened (never twice). The schedule runs it once per quarter on its own.',
  })
  @ApiZodResponse(quarterlyRunSchema)
  runQuarter(@CurrentCaller() caller: Caller) {
    return this.rpc.request(
      'scoring.quarterly.run',
      caller,
      {},
      { timeoutMs: QUARTERLY_RUN_TIMEOUT_MS },
    );
  }

  @Get('partners/:id/risks')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The partner’s risk register: the five risks, their level, evidence and mitigation',
  })
  @ApiZodResponse(riskRegisterSchema)
  risks(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('scoring.risk.register', caller, { partnerId: params.id });
  }

  @Post('partners/:id/risk-mitigations')
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Record what is being done about one of the partner’s risks' })
  @ApiZodBody(recordMitigationSchema)
  @ApiZodResponse(riskRegisterSchema, { status: 201 })
  mitigate(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(recordMitigationSchema)) mitigation: unknown,
  ) {
    return this.rpc.request('scoring.risk.mitigate', caller, { partnerId: params.id, mitigation });
  }
}
