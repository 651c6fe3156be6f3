import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { ContractDto, CreateContractDto } from './contract.dto';

@ApiTags('contracts')
@Controller('contracts')
export class ContractsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('admin', 'legal')
  @ApiOperation({ summary: "Register a contract with one of your entities' partners" })
  @ApiOkResponse({ type: ContractDto })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateContractDto): Promise<ContractDto> {
    return this.rpc.request('contracts.contract.create', caller, {
      ...body,
      renewalTermMonths: body.renewalTermMonths ?? null,
    });
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One contract; 404 when it belongs to an entity you cannot see' })
  @ApiOkResponse({ type: ContractDto })
  get(@CurrentCaller() caller: Caller, @Param() params: IdParam): Promise<ContractDto> {
    return this.rpc.request('contracts.contract.get', caller, { id: params.id });
  }
}
