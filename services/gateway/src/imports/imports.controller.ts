import { Controller, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Request } from 'express';
import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import {
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  importKind,
  importQuery,
  importReportSchema,
} from '@pn/contracts-api';
import { BlobTransfer, RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';
import { csvUpload, IMPORT_TIMEOUT_MS } from './csv-upload';

const kindParams = z.strictObject({ kind: importKind });
const columns = (kind: 'partners' | 'contracts') =>
  `${IMPORT_COLUMNS[kind].required.join(', ')} (required); ${IMPORT_COLUMNS[kind].optional.join(', ')}`;

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly transfer: BlobTransfer,
  ) {}

  @Post(':kind')
  @HttpCode(200)
  @Roles('admin', 'executive', 'strategy', 'legal')
  @ApiOperation({
    summary: 'Import partners or contracts from a CSV file (UTF-8, header row)',
    description:
      `Partners (admin, executive or strategy): ${columns('partners')}. Contracts (legal), ` +
      `imported as drafts: ${columns('contracts')}; partner_ref is a partner's external_ref. ` +
      'dryRun=true (the default) checks every row and reports; dryRun=false writes all new rows ' +
      'in one transaction, or nothing if any row is invalid (400 with the report in ' +
      'details.report). Rows whose external_ref is already present are left alone. At most ' +
      `${IMPORT_MAX_ROWS} rows and ${IMPORT_MAX_BYTES} bytes.`,
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiZodQuery(importQuery)
  @ApiZodResponse(importReportSchema)
  async run(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(kindParams)) params: z.infer<typeof kindParams>,
    @Query(new ZodPipe(importQuery)) query: z.infer<typeof importQuery>,
    @Req() request: Request,
  ) {
    return this.rpc.request(
      'contracts.import.run',
      caller,
      {
        kind: params.kind,
        entityId: query.entityId,
        dryRun: query.dryRun,
        ...(await csvUpload(request, IMPORT_MAX_BYTES, this.transfer)),
      },
      { timeoutMs: IMPORT_TIMEOUT_MS },
    );
  }
}
