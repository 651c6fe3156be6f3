import { Controller, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Request } from 'express';
import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import { BlobTransfer, RpcClient } from '@pn/messaging';
import {
  SCORING_IMPORT_COLUMNS,
  SCORING_IMPORT_MAX_BYTES,
  SCORING_IMPORT_MAX_ROWS,
  scoringImportKind,
  scoringImportQuery,
  scoringImportReportSchema,
} from '@pn/scoring-api';

import { CurrentCaller } from '../auth/caller.decorator';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';
import { csvUpload, IMPORT_TIMEOUT_MS } from '../imports/csv-upload';

const kindParams = z.strictObject({ kind: scoringImportKind });
const columns = (kind: 'financials' | 'kpis') =>
  `${SCORING_IMPORT_COLUMNS[kind].required.join(', ')} (required); ${SCORING_IMPORT_COLUMNS[kind].optional.join(', ')}`;

@ApiTags('scoring')
@Controller('scoring/imports')
export class ScoringImportsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly transfer: BlobTransfer,
  ) {}

  @Post(':kind')
  @HttpCode(200)
  @Roles('finance', 'operations', 'admin')
  @ApiOperation({
    summary: 'Import monthly financials or KPIs from a CSV file (UTF-8, header row)',
    description:
      `Financials (finance): ${columns('financials')}, one currency per file and entity. ` +
      `KPIs (operations): ${columns('kpis')}. period is YYYY-MM and must have begun. ` +
      'dryRun=true (the default) checks every row and reports; dryRun=false writes every row ' +
      'and rescores their partners in one transaction, or nothing if any row is invalid (400 ' +
      `with the report in details.report). At most ${SCORING_IMPORT_MAX_ROWS} rows and ` +
      `${SCORING_IMPORT_MAX_BYTES} bytes.`,
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiZodQuery(scoringImportQuery)
  @ApiZodResponse(scoringImportReportSchema)
  async run(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(kindParams)) params: z.infer<typeof kindParams>,
    @Query(new ZodPipe(scoringImportQuery)) query: z.infer<typeof scoringImportQuery>,
    @Req() request: Request,
  ) {
    return this.rpc.request(
      'scoring.import.run',
      caller,
      {
        kind: params.kind,
        dryRun: query.dryRun,
        ...(await csvUpload(request, SCORING_IMPORT_MAX_BYTES, this.transfer)),
      },
      { timeoutMs: IMPORT_TIMEOUT_MS },
    );
  }
}
