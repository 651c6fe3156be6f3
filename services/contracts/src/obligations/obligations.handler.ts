import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { decideObligationSchema, listObligationsQuery } from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { ObligationsService } from './obligations.service';

@RpcController()
export class ObligationsHandler {
  constructor(private readonly obligations: ObligationsService) {}

  @MessagePattern(rpcSubject('contracts.obligation.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, listObligationsQuery);

    return this.obligations.list(caller, payload);
  }

  @MessagePattern(rpcSubject('contracts.obligation.decide'))
  decide(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ id: z.uuid(), decision: decideObligationSchema }),
    );

    return this.obligations.decide(caller, payload.id, payload.decision);
  }
}
