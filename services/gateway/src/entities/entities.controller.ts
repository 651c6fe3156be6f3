import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { ApiZodResponse } from '../http/zod-schema';

const legalEntitySchema = z.strictObject({
  id: z.string().describe('Entity code, e.g. US01'),
  legalName: z.string(),
  country: z.string().describe('ISO 3166-1 alpha-2'),
  timeZone: z.string().describe("IANA zone in which the entity's calendar dates are read"),
  currency: z.string().describe('ISO 4217'),
});

@ApiTags('entities')
@Controller('entities')
export class EntitiesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The company’s own legal entities that you may see' })
  @ApiZodResponse(z.array(legalEntitySchema))
  list(@CurrentCaller() caller: Caller) {
    return this.rpc.request('contracts.entity.list', caller, {});
  }
}
