import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';
import { scoringTaskSchema, scoringTasksQuery } from '@pn/scoring-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

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
}
