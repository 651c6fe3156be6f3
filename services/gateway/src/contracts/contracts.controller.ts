import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import {
  changeRequestSchema,
  compareVersionsQuery,
  contractPageSchema,
  contractSchema,
  createContractSchema,
  listContractsQuery,
  proposeChangeSchema,
  termChangesSchema,
  termsAsOfQuery,
  termsAsOfSchema,
  versionComparisonSchema,
  versionSchema,
} from '@pn/contracts-api';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS, WRITERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const versionParams = z.strictObject({ id: z.uuid(), version: z.coerce.number().int().min(1) });

const OWNERSHIP =
  'Each function writes only its own terms: legal the legal terms (title, type, parties, dates, ' +
  'term, renewal, notice, compliance clauses), strategy fees and penalties, finance payment ' +
  'schedule, incentives and thresholds, operations performance clauses and service scope. ' +
  'A term outside your roles answers 403 contract.term_not_owned naming the fields.';

@ApiTags('contracts')
@Controller('contracts')
export class ContractsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles(...WRITERS)
  @ApiOperation({
    summary: "Register a draft contract with one of your entities' partners",
    description: `A draft is not in force until its activation is approved. ${OWNERSHIP}`,
  })
  @ApiZodBody(createContractSchema)
  @ApiZodResponse(contractSchema, { status: 201 })
  create(@CurrentCaller() caller: Caller, @Body(new ZodPipe(createContractSchema)) body: unknown) {
    return this.rpc.request('contracts.contract.create', caller, body);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Search the contracts of your legal entities, a page at a time' })
  @ApiZodQuery(listContractsQuery)
  @ApiZodResponse(contractPageSchema)
  list(@CurrentCaller() caller: Caller, @Query(new ZodPipe(listContractsQuery)) query: unknown) {
    return this.rpc.request('contracts.contract.list', caller, query);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One contract; 404 when it belongs to an entity you cannot see' })
  @ApiZodResponse(contractSchema)
  get(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('contracts.contract.get', caller, { id: params.id });
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Edit the terms of a draft',
    description: `Only drafts change in place (409 contract.not_draft otherwise: propose an amendment). ${OWNERSHIP}`,
  })
  @ApiZodBody(termChangesSchema)
  @ApiZodResponse(contractSchema)
  updateDraft(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(termChangesSchema)) changes: unknown,
  ) {
    return this.rpc.request('contracts.contract.draft.update', caller, { id: params.id, changes });
  }

  @Post(':id/change-requests')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Propose an activation, amendment or termination for dual approval',
    description:
      'Two distinct people other than the author must approve, under the entity’s policy ' +
      '(by default one legal and one executive or strategy). One pending change per contract. ' +
      OWNERSHIP,
  })
  @ApiZodBody(proposeChangeSchema)
  @ApiZodResponse(changeRequestSchema, { status: 201 })
  propose(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(proposeChangeSchema)) proposal: unknown,
  ) {
    return this.rpc.request('contracts.change.propose', caller, {
      contractId: params.id,
      proposal,
    });
  }

  @Get(':id/change-requests')
  @Roles(...READERS)
  @ApiOperation({ summary: "The contract's change requests, newest first" })
  @ApiZodResponse(z.array(changeRequestSchema))
  changeRequests(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('contracts.change.list', caller, { contractId: params.id });
  }

  @Get(':id/versions')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Every approved version, oldest first, each a full snapshot with its diff',
  })
  @ApiZodResponse(z.array(versionSchema))
  versions(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('contracts.version.list', caller, { contractId: params.id });
  }

  @Get(':id/versions/compare')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The field-by-field difference between two versions' })
  @ApiZodQuery(compareVersionsQuery)
  @ApiZodResponse(versionComparisonSchema)
  compare(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Query(new ZodPipe(compareVersionsQuery)) query: { from: number; to: number },
  ) {
    return this.rpc.request('contracts.version.compare', caller, {
      contractId: params.id,
      ...query,
    });
  }

  @Get(':id/versions/:version')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One approved version' })
  @ApiZodResponse(versionSchema)
  version(@CurrentCaller() caller: Caller, @Param(new ZodPipe(versionParams)) params: unknown) {
    const { id, version } = params as z.infer<typeof versionParams>;

    return this.rpc.request('contracts.version.get', caller, { contractId: id, version });
  }

  @Get(':id/terms')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The terms in force on a date',
    description:
      'Amendments take effect on their own dates, whenever they were approved: the answer applies, ' +
      'in approval order, every amendment in effect on that date.',
  })
  @ApiZodQuery(termsAsOfQuery)
  @ApiZodResponse(termsAsOfSchema)
  termsAsOf(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Query(new ZodPipe(termsAsOfQuery)) query: { asOf: string },
  ) {
    return this.rpc.request('contracts.terms.as_of', caller, {
      contractId: params.id,
      asOf: query.asOf,
    });
  }
}
