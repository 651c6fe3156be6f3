import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import type { Partner } from './partner.entity';
import { createPartnerSchema, partnerIdSchema } from './partner.schemas';
import { PartnersService } from './partners.service';

@RpcController()
export class PartnersHandler {
  constructor(private readonly partners: PartnersService) {}

  @MessagePattern(rpcSubject('contracts.partner.create'))
  create(@Payload() raw: unknown): Promise<Partner> {
    const { caller, payload } = parseRpcRequest(raw, createPartnerSchema);

    return this.partners.create(caller, payload);
  }

  @MessagePattern(rpcSubject('contracts.partner.get'))
  get(@Payload() raw: unknown): Promise<Partner> {
    const { caller, payload } = parseRpcRequest(raw, partnerIdSchema);

    return this.partners.get(caller, payload.id);
  }

  @MessagePattern(rpcSubject('contracts.partner.list'))
  list(@Payload() raw: unknown): Promise<Partner[]> {
    const { caller } = parseRpcRequest(raw, z.strictObject({}));

    return this.partners.list(caller);
  }
}
