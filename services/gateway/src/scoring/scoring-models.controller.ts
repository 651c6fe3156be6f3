import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';
import { publishModelSchema, scoringModelSchema } from '@pn/scoring-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '../http/zod-schema';

@ApiTags('scoring')
@Controller('scoring/models')
export class ScoringModelsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every version of the scoring model, newest (in force) first' })
  @ApiZodResponse(z.array(scoringModelSchema))
  list(@CurrentCaller() caller: Caller) {
    return this.rpc.request('scoring.model.list', caller, {});
  }

  @Post()
  @Roles('strategy', 'admin')
  @ApiOperation({
    summary: 'Publish a new version of the weights and thresholds',
    description:
      'Earlier versions and the scores made with them stay as they were; partners with a score are scored again under the new version.',
  })
  @ApiZodBody(publishModelSchema)
  @ApiZodResponse(scoringModelSchema, { status: 201 })
  publish(@CurrentCaller() caller: Caller, @Body(new ZodPipe(publishModelSchema)) model: unknown) {
    return this.rpc.request('scoring.model.publish', caller, model);
  }
}
