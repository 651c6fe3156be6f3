import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { type Caller, Roles } from '@pn/auth';
import { governanceReportQuery, governanceReportSchema } from '@pn/contracts-api';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

@ApiTags('audit')
@Controller('governance')
export class GovernanceController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('report')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'No undocumented agreements: what needs attention in your entities',
    description:
      'Active partners without an active contract that has a signed agreement; partners without ' +
      'an owner or sponsor; contracts with overdue obligations.',
  })
  @ApiZodQuery(governanceReportQuery)
  @ApiZodResponse(governanceReportSchema)
  report(
    @CurrentCaller() caller: Caller,
    @Query(new ZodPipe(governanceReportQuery)) query: unknown,
  ) {
    return this.rpc.request('contracts.governance.report', caller, query);
  }
}
