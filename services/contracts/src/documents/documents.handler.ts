import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { attachDocumentSchema } from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { DocumentsService } from './documents.service';

@RpcController()
export class DocumentsHandler {
  constructor(private readonly documents: DocumentsService) {}

  @MessagePattern(rpcSubject('contracts.document.attach'))
  attach(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, attachDocumentSchema);

    return this.documents.attach(caller, payload);
  }

  @MessagePattern(rpcSubject('contracts.document.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ contractId: z.uuid() }));

    return this.documents.list(caller, payload.contractId);
  }

  @MessagePattern(rpcSubject('contracts.document.fetch'))
  fetch(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ id: z.uuid() }));

    return this.documents.fetch(caller, payload.id);
  }
}
