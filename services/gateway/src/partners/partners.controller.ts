import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import {
  changePartnerStatusSchema,
  createPartnerSchema,
  interactionSchema,
  listPartnersQuery,
  logInteractionSchema,
  PARTNER_TAXONOMY,
  partnerPageSchema,
  partnerSchema,
  partnerStatusChangeSchema,
  updatePartnerSchema,
} from '@pn/contracts-api';
import { RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS, WRITERS } from '../http/roles';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';

const taxonomySchema = z.array(
  z.strictObject({
    category: z.string(),
    purpose: z.string(),
    mainRisk: z.string(),
    impact: z.string(),
    priority: z.string(),
    priorityRank: z.number().int(),
  }),
);

@ApiTags('partners')
@Controller('partners')
export class PartnersController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('admin', 'executive', 'strategy', 'legal', 'operations')
  @ApiOperation({
    summary: 'Register a partner relationship (as a prospect) for one of your legal entities',
    description: 'A strategic designation needs the executive or strategy role.',
  })
  @ApiZodBody(createPartnerSchema)
  @ApiZodResponse(partnerSchema, { status: 201 })
  create(@CurrentCaller() caller: Caller, @Body(new ZodPipe(createPartnerSchema)) body: unknown) {
    return this.rpc.request('contracts.partner.create', caller, body);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Search the partners of your legal entities, a page at a time' })
  @ApiZodQuery(listPartnersQuery)
  @ApiZodResponse(partnerPageSchema)
  list(@CurrentCaller() caller: Caller, @Query(new ZodPipe(listPartnersQuery)) query: unknown) {
    return this.rpc.request('contracts.partner.list', caller, query);
  }

  @Get('categories')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The relationship taxonomy: purpose, main risk, impact and priority per category',
  })
  @ApiZodResponse(taxonomySchema)
  categories() {
    return PARTNER_TAXONOMY;
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One partner; 404 when it belongs to an entity you cannot see' })
  @ApiZodResponse(partnerSchema)
  get(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('contracts.partner.get', caller, { id: params.id });
  }

  @Patch(':id')
  @Roles('admin', 'executive', 'strategy', 'legal', 'operations')
  @ApiOperation({
    summary: 'Change details of a partner (not its status: see /status)',
    description:
      'Only the fields given change. A strategic designation needs executive or strategy.',
  })
  @ApiZodBody(updatePartnerSchema)
  @ApiZodResponse(partnerSchema)
  update(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(updatePartnerSchema)) changes: unknown,
  ) {
    return this.rpc.request('contracts.partner.update', caller, { id: params.id, changes });
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles('admin', 'executive', 'strategy')
  @ApiOperation({
    summary: 'Move a partner through its lifecycle',
    description:
      'prospect → onboarding | exited; onboarding → active | exiting | exited; active → under_review | exiting; ' +
      'under_review → active | exiting; exiting → active | exited. Any other move answers 409.',
  })
  @ApiZodBody(changePartnerStatusSchema)
  @ApiZodResponse(partnerSchema)
  changeStatus(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(changePartnerStatusSchema)) change: unknown,
  ) {
    return this.rpc.request('contracts.partner.status.change', caller, { id: params.id, change });
  }

  @Get(':id/status-history')
  @Roles(...READERS)
  @ApiOperation({ summary: "The partner's lifecycle, oldest step first" })
  @ApiZodResponse(z.array(partnerStatusChangeSchema))
  statusHistory(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('contracts.partner.status.history', caller, { id: params.id });
  }

  @Post(':id/interactions')
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Log a meeting, call, email or review with the partner' })
  @ApiZodBody(logInteractionSchema)
  @ApiZodResponse(interactionSchema, { status: 201 })
  logInteraction(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Body(new ZodPipe(logInteractionSchema)) interaction: unknown,
  ) {
    return this.rpc.request('contracts.interaction.log', caller, {
      partnerId: params.id,
      interaction,
    });
  }

  @Get(':id/interactions')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Interactions with the partner, latest first' })
  @ApiZodResponse(z.array(interactionSchema))
  interactions(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('contracts.interaction.list', caller, { partnerId: params.id });
  }
}
