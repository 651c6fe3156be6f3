import { MessagePattern, Payload } from '@nestjs/microservices';

import { governanceReportQuery } from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { GovernanceService } from './governance.service';

@RpcController()
export class GovernanceHandler {
  constructor(private readonly governance: GovernanceService) {}

  @MessagePattern(rpcSubject('contracts.governance.report'))
  report(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, governanceReportQuery);

    return this.governance.report(caller, payload.entityId);
  }
}
