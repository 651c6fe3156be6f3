import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { type Caller, Roles } from '@pn/auth';
import {
  decideObligationSchema,
  listObligationsQuery,
  obligationPageSchema,
  obligationSchema,
} from '@pn/contracts-api';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

@ApiTags('contracts')
@Controller('obligations')
export class ObligationsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Obligations derived from approved contract terms, soonest due first',
    description:
      'Each approved version derives them: payments on their due dates (finance), thresholds ' +
      'measured at each period end (finance), performance clauses (operations) and compliance ' +
      'clauses (legal); a clause without a threshold is reviewed at term end.',
  })
  @ApiZodQuery(listObligationsQuery)
  @ApiZodResponse(obligationPageSchema)
  list(@CurrentCaller() caller: Caller, @Query(new ZodPipe(listObligationsQuery)) query: unknown) {
    return this.rpc.request('contracts.obligation.list', caller, query);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles('finance', 'operations', 'legal', 'executive')
  @ApiOperation({
    summary: 'Record an obligation as met, missed or waived, with evidence',
    description:
      'Met and missed by the owning function (or an executive); waived by an executive only. ' +
      'Once decided it stays decided (409 obligation.already_decided).',
  })
  @ApiZodBody(decideObligationSchema)
  @ApiZodResponse(obligationSchema)
  decide(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(decideObligationSchema)) decision: unknown,
  ) {
    return this.rpc.request('contracts.obligation.decide', caller, { id: params.id, decision });
  }
}
