import { MessagePattern, Payload } from '@nestjs/microservices';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';
import { decisionLogQuery, pipelineScopeQuery } from '@pn/pipeline-api';

import { PipelineReportsService } from './pipeline-reports.service';

@RpcController()
export class PipelineReportsHandler {
  constructor(private readonly reports: PipelineReportsService) {}

  @MessagePattern(rpcSubject('pipeline.board.view'))
  board(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, pipelineScopeQuery);

    return this.reports.board(caller, payload);
  }

  @MessagePattern(rpcSubject('pipeline.funnel.view'))
  funnel(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, pipelineScopeQuery);

    return this.reports.funnel(caller, payload);
  }

  @MessagePattern(rpcSubject('pipeline.decision.log'))
  decisions(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, decisionLogQuery);

    return this.reports.decisions(caller, payload);
  }
}
