import { MessagePattern, Payload } from '@nestjs/microservices';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import type { Contract } from './contract.entity';
import { contractIdSchema, createContractSchema } from './contract.schemas';
import { ContractsService } from './contracts.service';

@RpcController()
export class ContractsHandler {
  constructor(private readonly contracts: ContractsService) {}

  @MessagePattern(rpcSubject('contracts.contract.create'))
  create(@Payload() raw: unknown): Promise<Contract> {
    const { caller, payload } = parseRpcRequest(raw, createContractSchema);

    return this.contracts.create(caller, payload);
  }

  @MessagePattern(rpcSubject('contracts.contract.get'))
  get(@Payload() raw: unknown): Promise<Contract> {
    const { caller, payload } = parseRpcRequest(raw, contractIdSchema);

    return this.contracts.get(caller, payload.id);
  }
}
