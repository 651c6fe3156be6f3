import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import { parseRpcRequest, RpcController, rpcSubject, validationFailure } from '@pn/messaging';

import { CalendarFeedsService } from './calendar-feeds.service';

const publicFeedRequest = z.object({
  payload: z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }),
});

@RpcController()
export class CalendarHandler {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @MessagePattern(rpcSubject('alerts.calendar.feed.create'))
  create(@Payload() raw: unknown) {
    const { caller } = parseRpcRequest(raw, z.strictObject({}));

    return this.feeds.create(caller);
  }

  @MessagePattern(rpcSubject('alerts.calendar.feed.list'))
  list(@Payload() raw: unknown) {
    const { caller } = parseRpcRequest(raw, z.strictObject({}));

    return this.feeds.list(caller);
  }

  @MessagePattern(rpcSubject('alerts.calendar.feed.revoke'))
  revoke(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ id: z.uuid() }));

    return this.feeds.revoke(caller, payload.id);
  }

  /** No caller: whoever holds the feed's secret URL may read it, as calendar apps do. */
  @MessagePattern(rpcSubject('alerts.calendar.feed.render'))
  render(@Payload() raw: unknown) {
    const parsed = publicFeedRequest.safeParse(raw);
    if (!parsed.success) {
      throw validationFailure(parsed.error.issues, 'payload');
    }

    return this.feeds.render(parsed.data.payload.token);
  }
}
