import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { Response } from 'express';
import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';
import { renegotiationPackSchema } from './pack.schema';
import { renderPackHtml } from './pack-html';
import { RenegotiationPackComposer } from './renegotiation-pack';

const packQuery = z.strictObject({
  format: z
    .enum(['json', 'html'])
    .default('json')
    .describe('html: a self-contained page to read, send or print to PDF'),
});

@ApiTags('scoring')
@Controller('contracts/:id/renegotiation-pack')
export class RenegotiationPackController {
  constructor(private readonly composer: RenegotiationPackComposer) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Everything a renegotiation starts from, for one contract',
    description:
      'Key terms and countdown, score history with trend, obligations met and missed, revenue share and concentration (with and without the partner), backup partners, open risks and past renewal decisions, composed from the contracts, alerts and scoring services.',
  })
  @ApiProduces('application/json', 'text/html')
  @ApiZodQuery(packQuery)
  @ApiZodResponse(renegotiationPackSchema)
  async pack(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Query(new ZodPipe(packQuery)) query: z.infer<typeof packQuery>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const pack = await this.composer.compose(caller, params.id);
    if (query.format === 'json') {
      return pack;
    }
    const name = `renegotiation-pack-${pack.contract.partnerName}-${pack.generatedAt.slice(0, 10)}`
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-');
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('content-disposition', `attachment; filename="${name}.html"`);

    return renderPackHtml(pack);
  }
}
