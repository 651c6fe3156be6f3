import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';
import {
  completeTaskSchema,
  partnerParams,
  recordAssessmentSchema,
  recordFinancialsSchema,
  recordKpisSchema,
  scoreHistoryQuery,
  scoringTasksQuery,
} from '@pn/scoring-api';

import { InputsService } from '../inputs/inputs.service';
import { ScoresService } from './scores.service';

@RpcController()
export class ScoringHandler {
  constructor(
    private readonly inputs: InputsService,
    private readonly scores: ScoresService,
  ) {}

  @MessagePattern(rpcSubject('scoring.financials.record'))
  recordFinancials(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      partnerParams.extend({ financials: recordFinancialsSchema }),
    );

    return this.inputs.recordFinancials(caller, payload.partnerId, payload.financials);
  }

  @MessagePattern(rpcSubject('scoring.kpis.record'))
  recordKpis(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      partnerParams.extend({ kpis: recordKpisSchema }),
    );

    return this.inputs.recordKpis(caller, payload.partnerId, payload.kpis);
  }

  @MessagePattern(rpcSubject('scoring.assessment.record'))
  recordAssessment(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      partnerParams.extend({ assessment: recordAssessmentSchema }),
    );

    return this.inputs.recordAssessment(caller, payload.partnerId, payload.assessment);
  }

  @MessagePattern(rpcSubject('scoring.score.get'))
  latest(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, partnerParams);

    return this.scores.latest(caller, payload.partnerId);
  }

  @MessagePattern(rpcSubject('scoring.score.history'))
  history(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, partnerParams.extend(scoreHistoryQuery.shape));

    return this.scores.history(caller, payload.partnerId, payload.limit);
  }

  @MessagePattern(rpcSubject('scoring.task.complete'))
  completeTask(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      completeTaskSchema.extend({ taskId: z.uuid() }),
    );

    return this.scores.completeTask(caller, payload.taskId, payload.outcome);
  }

  @MessagePattern(rpcSubject('scoring.task.list'))
  tasks(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, scoringTasksQuery);

    return this.scores.tasks(caller, payload);
  }
}
