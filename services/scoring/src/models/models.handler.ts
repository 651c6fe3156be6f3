import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';
import { publishModelSchema } from '@pn/scoring-api';

import { ModelsService } from './models.service';

@RpcController()
export class ModelsHandler {
  constructor(private readonly models: ModelsService) {}

  @MessagePattern(rpcSubject('scoring.model.list'))
  list(@Payload() raw: unknown) {
    parseRpcRequest(raw, z.strictObject({}));

    return this.models.list();
  }

  @MessagePattern(rpcSubject('scoring.model.publish'))
  publish(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, publishModelSchema);

    return this.models.publish(caller, payload);
  }
}
