import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';
import { completeTaskSchema, scoringTaskSchema, scoringTasksQuery } from '@pn/scoring-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS, WRITERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

@ApiTags('scoring')
@Controller('scoring/tasks')
export class ScoringTasksController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Tasks opened by status changes: executive reviews (red) and monitoring (yellow)',
  })
  @ApiZodQuery(scoringTasksQuery)
  @ApiZodResponse(z.array(scoringTaskSchema))
  list(@CurrentCaller() caller: Caller, @Query(new ZodPipe(scoringTasksQuery)) query: object) {
    return this.rpc.request('scoring.task.list', caller, query);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Close a task with what was concluded',
    description: 'Executive reviews are closed by executive or strategy users.',
  })
  @ApiZodBody(completeTaskSchema)
  @ApiZodResponse(scoringTaskSchema)
  complete(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(completeTaskSchema)) body: { outcome: string },
  ) {
    return this.rpc.request('scoring.task.complete', caller, { taskId: params.id, ...body });
  }
}
