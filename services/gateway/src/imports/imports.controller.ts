import { createHash } from 'node:crypto';

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
import { DomainError } from '@pn/errors';
import { BlobTransfer, RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { readBody } from '../documents/read-body';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const kindParams = z.strictObject({ kind: importKind });
// A large import takes seconds, not milliseconds; the interactive deadline would cut it off
// and answer 504 while the service went on to commit.
const IMPORT_TIMEOUT_MS = 300_000;
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
    const contentType = (request.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (contentType !== 'text/csv') {
      throw new DomainError(
        'import.unsupported_type',
        'unsupported_type',
        `imports are text/csv; got "${contentType || 'no Content-Type'}"`,
      );
    }
    const content = await readBody(request, IMPORT_MAX_BYTES);

    return this.rpc.request(
      'contracts.import.run',
      caller,
      {
        kind: params.kind,
        entityId: query.entityId,
        dryRun: query.dryRun,
        transferName: await this.transfer.put(content),
        sha256: createHash('sha256').update(content).digest('hex'),
      },
      { timeoutMs: IMPORT_TIMEOUT_MS },
    );
  }
}
