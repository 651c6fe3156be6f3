import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { listDeliveriesQuery, subscribeWebhookSchema } from '@pn/alerts-api';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { DeliveriesService } from './deliveries.service';

const byId = z.strictObject({ id: z.uuid() });

@RpcController()
export class DeliveriesHandler {
  constructor(private readonly deliveries: DeliveriesService) {}

  @MessagePattern(rpcSubject('alerts.webhook.subscribe'))
  subscribe(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, subscribeWebhookSchema);

    return this.deliveries.subscribe(caller, payload);
  }

  @MessagePattern(rpcSubject('alerts.webhook.list'))
  subscriptions(@Payload() raw: unknown) {
    const { caller } = parseRpcRequest(raw, z.strictObject({}));

    return this.deliveries.subscriptions(caller);
  }

  @MessagePattern(rpcSubject('alerts.webhook.unsubscribe'))
  unsubscribe(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, byId);

    return this.deliveries.unsubscribe(caller, payload.id);
  }

  @MessagePattern(rpcSubject('alerts.delivery.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, listDeliveriesQuery);

    return this.deliveries.list(caller, payload);
  }

  @MessagePattern(rpcSubject('alerts.delivery.redeliver'))
  redeliver(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, byId);

    return this.deliveries.redeliver(caller, payload.id);
  }
}
