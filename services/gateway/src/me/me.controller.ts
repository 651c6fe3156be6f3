import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';

import { type Caller, Roles } from '@pn/auth';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { READERS } from '../http/roles';

class LegalEntityDto {
  @ApiProperty({ example: 'US01' }) id!: string;
  @ApiProperty() legalName!: string;
  @ApiProperty({ example: 'US' }) country!: string;
  @ApiProperty({ example: 'America/New_York' }) timeZone!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
}

class MeDto {
  @ApiProperty() subject!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ required: false }) name?: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ type: [LegalEntityDto] }) entities!: LegalEntityDto[];
}

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Who you are: name, roles and the legal entities you may see' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentCaller() caller: Caller): Promise<MeDto> {
    const entities = await this.rpc.request<LegalEntityDto[]>('contracts.entity.list', caller, {});

    return { ...caller, entities };
  }
}
