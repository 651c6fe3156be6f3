import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { calendarDate } from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { VersionsService } from './versions.service';

const contractId = z.uuid();
const version = z.number().int().min(1);

@RpcController()
export class VersionsHandler {
  constructor(private readonly versions: VersionsService) {}

  @MessagePattern(rpcSubject('contracts.version.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ contractId }));

    return this.versions.list(caller, payload.contractId);
  }

  @MessagePattern(rpcSubject('contracts.version.get'))
  get(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ contractId, version }));

    return this.versions.get(caller, payload.contractId, payload.version);
  }

  @MessagePattern(rpcSubject('contracts.version.compare'))
  compare(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ contractId, from: version, to: version }),
    );

    return this.versions.compare(caller, payload.contractId, payload.from, payload.to);
  }

  @MessagePattern(rpcSubject('contracts.terms.as_of'))
  asOf(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ contractId, asOf: calendarDate }),
    );

    return this.versions.asOf(caller, payload.contractId, payload.asOf);
  }
}
