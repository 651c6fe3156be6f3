import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { createContractSchema, listContractsQuery, termChangesSchema } from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { ContractsService } from './contracts.service';

@RpcController()
export class ContractsHandler {
  constructor(private readonly contracts: ContractsService) {}

  @MessagePattern(rpcSubject('contracts.contract.create'))
  create(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, createContractSchema);

    return this.contracts.create(caller, payload);
  }

  @MessagePattern(rpcSubject('contracts.contract.get'))
  get(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ id: z.uuid() }));

    return this.contracts.get(caller, payload.id);
  }

  @MessagePattern(rpcSubject('contracts.contract.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, listContractsQuery);

    return this.contracts.list(caller, payload);
  }

  @MessagePattern(rpcSubject('contracts.contract.draft.update'))
  updateDraft(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ id: z.uuid(), changes: termChangesSchema }),
    );

    return this.contracts.updateDraft(caller, payload.id, payload.changes);
  }
}
