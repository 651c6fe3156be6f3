import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';
import { RenewalDto } from './renewal.dto';

@ApiTags('renewals')
@Controller('renewals')
export class RenewalsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Renewals of your entities with their key dates, soonest action deadline first',
  })
  @ApiOkResponse({ type: [RenewalDto] })
  list(@CurrentCaller() caller: Caller): Promise<RenewalDto[]> {
    return this.rpc.request('alerts.renewal.list', caller, {});
  }
}
