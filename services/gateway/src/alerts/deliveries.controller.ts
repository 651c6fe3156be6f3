import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import {
  deliverySchema,
  listDeliveriesQuery,
  subscribeWebhookSchema,
  webhookSchema,
} from '@pn/alerts-api';
import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

@ApiTags('alerts')
@Controller()
export class DeliveriesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('webhooks')
  @Roles('admin')
  @ApiOperation({
    summary: "Subscribe another system to an entity's alerts",
    description:
      'Each alert is POSTed as JSON with X-PN-Signature: sha256=<HMAC-SHA256 of the body with the ' +
      'secret> and X-PN-Delivery: <delivery id>. A failed call is retried with exponential backoff; ' +
      'after the last attempt the delivery is dead until redelivered.',
  })
  @ApiZodBody(subscribeWebhookSchema)
  @ApiZodResponse(webhookSchema, { status: 201 })
  subscribe(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(subscribeWebhookSchema)) body: unknown,
  ) {
    return this.rpc.request('alerts.webhook.subscribe', caller, body);
  }

  @Get('webhooks')
  @Roles('admin')
  @ApiOperation({ summary: 'Webhook subscriptions of your entities (without their secrets)' })
  @ApiZodResponse(z.array(webhookSchema))
  subscriptions(@CurrentCaller() caller: Caller) {
    return this.rpc.request('alerts.webhook.list', caller, {});
  }

  @Delete('webhooks/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'Stop a webhook subscription (kept, inactive, with its deliveries)' })
  unsubscribe(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('alerts.webhook.unsubscribe', caller, { id: params.id });
  }

  @Get('deliveries')
  @Roles('admin')
  @ApiOperation({ summary: 'Every email and webhook delivery with its outcome, newest first' })
  @ApiZodQuery(listDeliveriesQuery)
  @ApiZodResponse(z.array(deliverySchema))
  list(@CurrentCaller() caller: Caller, @Query(new ZodPipe(listDeliveriesQuery)) query: unknown) {
    return this.rpc.request('alerts.delivery.list', caller, query);
  }

  @Post('deliveries/:id/redeliver')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Queue a delivery again, with a fresh set of attempts' })
  @ApiZodResponse(deliverySchema)
  redeliver(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('alerts.delivery.redeliver', caller, { id: params.id });
  }
}
