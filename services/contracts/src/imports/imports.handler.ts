import { MessagePattern, Payload } from '@nestjs/microservices';

import { runImportSchema } from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { ImportsService } from './imports.service';

@RpcController()
export class ImportsHandler {
  constructor(private readonly imports: ImportsService) {}

  @MessagePattern(rpcSubject('contracts.import.run'))
  run(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, runImportSchema);

    return this.imports.run(caller, payload);
  }
}
