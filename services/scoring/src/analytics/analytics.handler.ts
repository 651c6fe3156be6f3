import { MessagePattern, Payload } from '@nestjs/microservices';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';
import { entityScopeQuery, partnerParams, recordDiversificationPlanSchema } from '@pn/scoring-api';

import { ConcentrationService } from './concentration.service';
import { CoverageService } from './coverage.service';
import { PortfolioService } from './portfolio.service';

@RpcController()
export class AnalyticsHandler {
  constructor(
    private readonly concentration: ConcentrationService,
    private readonly coverage: CoverageService,
    private readonly portfolio: PortfolioService,
  ) {}

  @MessagePattern(rpcSubject('scoring.portfolio.view'))
  portfolioView(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, entityScopeQuery);

    return this.portfolio.view(caller, payload);
  }

  @MessagePattern(rpcSubject('scoring.diversification.record'))
  recordPlan(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, recordDiversificationPlanSchema);

    return this.coverage.recordPlan(caller, payload);
  }

  @MessagePattern(rpcSubject('scoring.concentration.report'))
  concentrationReport(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, entityScopeQuery);

    return this.concentration.report(caller, payload);
  }

  @MessagePattern(rpcSubject('scoring.capabilities.coverage'))
  capabilities(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, entityScopeQuery);

    return this.coverage.coverage(caller, payload);
  }

  @MessagePattern(rpcSubject('scoring.partner.backups'))
  backups(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, partnerParams);

    return this.coverage.backups(caller, payload.partnerId);
  }
}
