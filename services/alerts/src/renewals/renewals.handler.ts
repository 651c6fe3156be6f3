import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { renewalsQuery } from '@pn/alerts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { RenewalsService, type RenewalView } from './renewals.service';

@RpcController()
export class RenewalsHandler {
  constructor(private readonly renewals: RenewalsService) {}

  @MessagePattern(rpcSubject('alerts.renewal.list'))
  list(@Payload() raw: unknown): Promise<RenewalView[]> {
    const { caller, payload } = parseRpcRequest(raw, renewalsQuery);

    return this.renewals.list(caller, payload);
  }

  @MessagePattern(rpcSubject('alerts.renewal.get'))
  one(@Payload() raw: unknown): Promise<RenewalView> {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ contractId: z.uuid() }));

    return this.renewals.one(caller, payload.contractId);
  }

  @MessagePattern(rpcSubject('alerts.renewal.summary'))
  summary(@Payload() raw: unknown) {
    const { caller } = parseRpcRequest(raw, z.strictObject({}));

    return this.renewals.summary(caller);
  }
}
