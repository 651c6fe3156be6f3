import { MessagePattern, Payload } from '@nestjs/microservices';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';
import { partnerParams } from '@pn/scoring-api';

import { RenegotiationService } from './renegotiation.service';

@RpcController()
export class RenegotiationHandler {
  constructor(private readonly renegotiation: RenegotiationService) {}

  @MessagePattern(rpcSubject('scoring.renegotiation.view'))
  view(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, partnerParams);

    return this.renegotiation.view(caller, payload.partnerId);
  }
}
