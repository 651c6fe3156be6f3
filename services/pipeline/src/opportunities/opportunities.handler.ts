import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';
import {
  createOpportunitySchema,
  decideSchema,
  listOpportunitiesQuery,
  moveOpportunitySchema,
  publishOpportunityModelSchema,
  qualifySchema,
  reviewSchema,
  reviewStage,
  scoreOpportunitySchema,
} from '@pn/pipeline-api';

import { OpportunitiesService } from './opportunities.service';
import { OpportunityModelsService } from './opportunity-models.service';
import { ReviewsService } from './reviews.service';

const byId = z.strictObject({ id: z.uuid() });

@RpcController()
export class OpportunitiesHandler {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly reviews: ReviewsService,
    private readonly models: OpportunityModelsService,
  ) {}

  @MessagePattern(rpcSubject('pipeline.model.list'))
  listModels(@Payload() raw: unknown) {
    parseRpcRequest(raw, z.strictObject({}));

    return this.models.list();
  }

  @MessagePattern(rpcSubject('pipeline.model.publish'))
  publishModel(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, publishOpportunityModelSchema);

    return this.models.publish(caller, payload);
  }

  @MessagePattern(rpcSubject('pipeline.opportunity.create'))
  create(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, createOpportunitySchema);

    return this.opportunities.create(caller, payload);
  }

  @MessagePattern(rpcSubject('pipeline.opportunity.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, listOpportunitiesQuery);

    return this.opportunities.list(caller, payload);
  }

  @MessagePattern(rpcSubject('pipeline.opportunity.get'))
  get(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, byId);

    return this.opportunities.get(caller, payload.id);
  }

  @MessagePattern(rpcSubject('pipeline.opportunity.move'))
  move(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, byId.extend(moveOpportunitySchema.shape));

    return this.opportunities.move(caller, payload.id, payload.to, payload.reason);
  }

  @MessagePattern(rpcSubject('pipeline.opportunity.qualify'))
  qualify(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, byId.extend({ ratings: qualifySchema }));

    return this.opportunities.qualify(caller, payload.id, payload.ratings);
  }

  @MessagePattern(rpcSubject('pipeline.opportunity.score'))
  score(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      byId.extend({ inputs: scoreOpportunitySchema }),
    );

    return this.opportunities.score(caller, payload.id, payload.inputs);
  }

  @MessagePattern(rpcSubject('pipeline.opportunity.review'))
  review(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      byId.extend({ stage: reviewStage, review: reviewSchema }),
    );

    return this.reviews.review(caller, payload.id, payload.stage, payload.review);
  }

  @MessagePattern(rpcSubject('pipeline.opportunity.decide'))
  decide(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, byId.extend({ decision: decideSchema }));

    return this.reviews.signOff(caller, payload.id, payload.decision);
  }
}
