import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { alertSchema, inboxQuery, runSweepSchema, sweepResultSchema } from '@pn/alerts-api';
import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Your inbox: renewal alerts addressed to you or your roles in your entities',
    description:
      'Advance alerts at each offset (default 180/120/90/60 days), the deadline day, overdue, ' +
      'weekly escalations below the threshold until a decision, and silent rollovers. Newest first.',
  })
  @ApiZodQuery(inboxQuery)
  @ApiZodResponse(z.array(alertSchema))
  list(@CurrentCaller() caller: Caller, @Query(new ZodPipe(inboxQuery)) query: unknown) {
    return this.rpc.request('alerts.alert.list', caller, query);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Acknowledge an alert for yourself; 403 alert.not_recipient when it is not yours',
  })
  @ApiZodResponse(alertSchema)
  acknowledge(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('alerts.alert.acknowledge', caller, { id: params.id });
  }

  @Post('sweeps')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: "Run an entity's alert sweep now (it also runs daily at ALERTS_SWEEP_AT)",
    description: 'Idempotent: an alert already raised is never raised again.',
  })
  @ApiZodBody(runSweepSchema)
  @ApiZodResponse(sweepResultSchema)
  sweep(@CurrentCaller() caller: Caller, @Body(new ZodPipe(runSweepSchema)) body: unknown) {
    // A sweep of a large entity takes seconds to minutes, not the interactive deadline.
    return this.rpc.request('alerts.sweep.run', caller, body, { timeoutMs: 600_000 });
  }
}
