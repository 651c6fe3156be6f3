import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { CreatePartnerDto, PartnerDto } from './partner.dto';

@ApiTags('partners')
@Controller('partners')
export class PartnersController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('admin', 'strategy', 'legal', 'operations')
  @ApiOperation({ summary: 'Register a partner relationship for one of your legal entities' })
  @ApiOkResponse({ type: PartnerDto })
  create(@CurrentCaller() caller: Caller, @Body() body: CreatePartnerDto): Promise<PartnerDto> {
    return this.rpc.request('contracts.partner.create', caller, body);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'List the partners of your legal entities' })
  @ApiOkResponse({ type: [PartnerDto] })
  list(@CurrentCaller() caller: Caller): Promise<PartnerDto[]> {
    return this.rpc.request('contracts.partner.list', caller, {});
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One partner; 404 when it belongs to an entity you cannot see' })
  @ApiOkResponse({ type: PartnerDto })
  get(@CurrentCaller() caller: Caller, @Param() params: IdParam): Promise<PartnerDto> {
    return this.rpc.request('contracts.partner.get', caller, { id: params.id });
  }
}
