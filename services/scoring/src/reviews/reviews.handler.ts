import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { requireRole } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';
import { completeReviewSchema, partnerParams, quarterParam, reviewsQuery } from '@pn/scoring-api';

import { quarterOf } from '../model/staleness';
import { QuarterlyRunner } from './quarterly-run';
import { ReviewsService } from './reviews.service';

@RpcController()
export class ReviewsHandler {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly runner: QuarterlyRunner,
  ) {}

  @MessagePattern(rpcSubject('scoring.review.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, reviewsQuery);

    return this.reviews.list(caller, payload);
  }

  @MessagePattern(rpcSubject('scoring.review.complete'))
  complete(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      partnerParams.extend({ quarter: quarterParam, review: completeReviewSchema }),
    );

    return this.reviews.complete(caller, payload.partnerId, payload.quarter, payload.review);
  }

  /**
   * Runs the current quarter's recomputation now, outside the schedule: after an outage or
   * a bulk import. Rescoring again adds a score to the history and opens no review twice.
   */
  @MessagePattern(rpcSubject('scoring.quarterly.run'))
  async runQuarter(@Payload() raw: unknown) {
    const { caller } = parseRpcRequest(raw, z.strictObject({}));
    requireRole(caller, ['admin']);
    const today = todayIn('UTC');
    const quarter = quarterOf(today);

    return { quarter, ...(await this.runner.run(quarter, today)) };
  }
}
