import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { logInteractionSchema } from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { InteractionsService } from './interactions.service';

@RpcController()
export class InteractionsHandler {
  constructor(private readonly interactions: InteractionsService) {}

  @MessagePattern(rpcSubject('contracts.interaction.log'))
  log(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ partnerId: z.uuid(), interaction: logInteractionSchema }),
    );

    return this.interactions.log(caller, payload.partnerId, payload.interaction);
  }

  @MessagePattern(rpcSubject('contracts.interaction.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ partnerId: z.uuid() }));

    return this.interactions.list(caller, payload.partnerId);
  }
}
