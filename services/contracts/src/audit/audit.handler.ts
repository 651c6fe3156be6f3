import { MessagePattern, Payload } from '@nestjs/microservices';

import { listAuditQuery, verifyAuditQuery } from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { AuditService } from './audit.service';

@RpcController()
export class AuditHandler {
  constructor(private readonly audit: AuditService) {}

  @MessagePattern(rpcSubject('contracts.audit.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, listAuditQuery);

    return this.audit.list(caller, payload);
  }

  @MessagePattern(rpcSubject('contracts.audit.verify'))
  verify(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, verifyAuditQuery);

    return this.audit.verify(caller, payload.entityId);
  }
}
