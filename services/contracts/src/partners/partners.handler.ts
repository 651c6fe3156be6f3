import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import {
  changePartnerStatusSchema,
  createPartnerSchema,
  listPartnersQuery,
  updatePartnerSchema,
} from '@pn/contracts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { PartnersService } from './partners.service';

const partnerId = z.strictObject({ id: z.uuid() });

@RpcController()
export class PartnersHandler {
  constructor(private readonly partners: PartnersService) {}

  @MessagePattern(rpcSubject('contracts.partner.create'))
  create(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, createPartnerSchema);

    return this.partners.create(caller, payload);
  }

  @MessagePattern(rpcSubject('contracts.partner.get'))
  get(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, partnerId);

    return this.partners.get(caller, payload.id);
  }

  @MessagePattern(rpcSubject('contracts.partner.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, listPartnersQuery);

    return this.partners.list(caller, payload);
  }

  @MessagePattern(rpcSubject('contracts.partner.update'))
  update(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ id: z.uuid(), changes: updatePartnerSchema }),
    );

    return this.partners.update(caller, payload.id, payload.changes);
  }

  @MessagePattern(rpcSubject('contracts.partner.status.change'))
  changeStatus(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ id: z.uuid(), change: changePartnerStatusSchema }),
    );

    return this.partners.changeStatus(caller, payload.id, payload.change);
  }

  @MessagePattern(rpcSubject('contracts.partner.status.history'))
  statusHistory(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, partnerId);

    return this.partners.statusHistory(caller, payload.id);
  }
}
