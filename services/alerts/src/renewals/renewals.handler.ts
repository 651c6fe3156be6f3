import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { RenewalsService, type RenewalView } from './renewals.service';

@RpcController()
export class RenewalsHandler {
  constructor(private readonly renewals: RenewalsService) {}

  @MessagePattern(rpcSubject('alerts.renewal.list'))
  list(@Payload() raw: unknown): Promise<RenewalView[]> {
    const { caller } = parseRpcRequest(raw, z.strictObject({}));

    return this.renewals.list(caller);
  }
}
