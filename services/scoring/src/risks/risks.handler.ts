import { MessagePattern, Payload } from '@nestjs/microservices';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';
import { partnerParams, recordMitigationSchema } from '@pn/scoring-api';

import { RisksService } from './risks.service';

@RpcController()
export class RisksHandler {
  constructor(private readonly risks: RisksService) {}

  @MessagePattern(rpcSubject('scoring.risk.register'))
  register(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, partnerParams);

    return this.risks.register(caller, payload.partnerId);
  }

  @MessagePattern(rpcSubject('scoring.risk.mitigate'))
  mitigate(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      partnerParams.extend({ mitigation: recordMitigationSchema }),
    );

    return this.risks.recordMitigation(caller, payload.partnerId, payload.mitigation);
  }
}
