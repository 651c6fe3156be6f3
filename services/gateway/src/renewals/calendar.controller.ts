import { Controller, Delete, Get, Header, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { Request } from 'express';
import { z } from 'zod';

import { calendarFeedSchema } from '@pn/alerts-api';
import { type Caller, Public, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { ApiZodResponse, ZodPipe } from '../http/zod-schema';

const tokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

@ApiTags('renewals')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('feeds')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Create your personal iCalendar feed (RFC 5545) and get its secret URL',
    description:
      'Subscribe to the URL from Outlook or Google Calendar: one all-day event per action ' +
      'deadline (with reminders at the alert offsets) and per term end, for the entities you ' +
      'may see now. The URL is the credential: it is shown once; revoke it to stop it working.',
  })
  @ApiZodResponse(calendarFeedSchema, { status: 201 })
  async create(@CurrentCaller() caller: Caller, @Req() request: Request) {
    const feed = await this.rpc.request<{ id: string; token: string }>(
      'alerts.calendar.feed.create',
      caller,
      {},
    );
    const { token, ...rest } = feed;

    return {
      ...rest,
      url: `${request.protocol}://${request.get('host')}/api/v1/calendar/feed/${token}`,
    };
  }

  @Get('feeds')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Your calendar feeds (without their URLs)' })
  @ApiZodResponse(z.array(calendarFeedSchema))
  list(@CurrentCaller() caller: Caller) {
    return this.rpc.request('alerts.calendar.feed.list', caller, {});
  }

  @Delete('feeds/:id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Revoke one of your calendar feeds; its URL answers 404 from then on' })
  @ApiZodResponse(calendarFeedSchema)
  revoke(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('alerts.calendar.feed.revoke', caller, { id: params.id });
  }

  @Get('feed/:token')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'A calendar feed, read with its secret URL (no bearer token)' })
  feed(@Param(new ZodPipe(tokenParams)) params: z.infer<typeof tokenParams>) {
    return this.rpc.request<string>('alerts.calendar.feed.render', null, { token: params.token });
  }
}
