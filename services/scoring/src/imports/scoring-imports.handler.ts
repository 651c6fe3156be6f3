import { MessagePattern, Payload } from '@nestjs/microservices';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';
import { runScoringImportSchema } from '@pn/scoring-api';

import { ScoringImportsService } from './scoring-imports.service';

@RpcController()
export class ScoringImportsHandler {
  constructor(private readonly imports: ScoringImportsService) {}

  @MessagePattern(rpcSubject('scoring.import.run'))
  run(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, runScoringImportSchema);

    return this.imports.run(caller, payload);
  }
}
