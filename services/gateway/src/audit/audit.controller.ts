import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { type Caller, Roles } from '@pn/auth';
import {
  auditRecordSchema,
  auditVerificationSchema,
  listAuditQuery,
  pageOf,
  verifyAuditQuery,
} from '@pn/contracts-api';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const AUDIT_READERS = ['auditor', 'admin', 'executive', 'legal'] as const;

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles(...AUDIT_READERS)
  @ApiOperation({ summary: "An entity's audit records, newest first" })
  @ApiZodQuery(listAuditQuery)
  @ApiZodResponse(pageOf(auditRecordSchema))
  list(@CurrentCaller() caller: Caller, @Query(new ZodPipe(listAuditQuery)) query: unknown) {
    return this.rpc.request('contracts.audit.list', caller, query);
  }

  @Get('verification')
  @Roles(...AUDIT_READERS)
  @ApiOperation({
    summary: "Re-check an entity's audit chain: every hash and every link",
    description:
      'valid is false, with the first broken record, when any record was altered or removed.',
  })
  @ApiZodQuery(verifyAuditQuery)
  @ApiZodResponse(auditVerificationSchema)
  verify(@CurrentCaller() caller: Caller, @Query(new ZodPipe(verifyAuditQuery)) query: unknown) {
    return this.rpc.request('contracts.audit.verify', caller, query);
  }
}
