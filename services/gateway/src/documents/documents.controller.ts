import { createHash } from 'node:crypto';

import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { Request, Response } from 'express';
import { z } from 'zod';

import { type Caller, Roles } from '@pn/auth';
import {
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_MAX_BYTES,
  type DocumentContentType,
  documentSchema,
  type DocumentView,
  type UploadDocumentQuery,
  uploadDocumentQuery,
} from '@pn/contracts-api';
import { DomainError } from '@pn/errors';
import { BlobTransfer, RpcClient } from '@pn/messaging';

import { CurrentCaller } from '../auth/caller.decorator';
import { IdParam } from '../http/id-param.dto';
import { READERS } from '../http/roles';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../http/zod-schema';
import { readBody } from './read-body';

const CONTENT_TYPES = Object.keys(DOCUMENT_CONTENT_TYPES);

@ApiTags('contracts')
@Controller()
export class DocumentsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly transfer: BlobTransfer,
  ) {}

  @Post('contracts/:id/documents')
  @Roles('legal', 'strategy', 'executive', 'admin')
  @ApiOperation({
    summary: 'Attach a signed agreement, an amendment or another document (PDF or DOCX)',
    description:
      `The body is the file itself, with its Content-Type (${CONTENT_TYPES.join(' or ')}); at most ` +
      `${DOCUMENT_MAX_BYTES} bytes (413 beyond). The bytes must be what the type says (415 ` +
      'otherwise). The service stores the file with its SHA-256.',
  })
  @ApiConsumes(...CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiZodQuery(uploadDocumentQuery)
  @ApiZodResponse(documentSchema, { status: 201 })
  async upload(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Query(new ZodPipe(uploadDocumentQuery)) query: UploadDocumentQuery,
    @Req() request: Request,
  ): Promise<DocumentView> {
    const contentType = (request.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!CONTENT_TYPES.includes(contentType)) {
      throw new DomainError(
        'document.unsupported_type',
        'unsupported_type',
        `documents must be ${CONTENT_TYPES.join(' or ')}; got "${contentType || 'no Content-Type'}"`,
        { accepted: CONTENT_TYPES },
      );
    }
    const content = await readBody(request, DOCUMENT_MAX_BYTES);
    const transferName = await this.transfer.put(content);

    return this.rpc.request('contracts.document.attach', caller, {
      ...query,
      contractId: params.id,
      transferName,
      contentType: contentType as DocumentContentType,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
  }

  @Get('contracts/:id/documents')
  @Roles(...READERS)
  @ApiOperation({ summary: "The contract's documents, oldest first (without their contents)" })
  @ApiZodResponse(z.array(documentSchema))
  list(@CurrentCaller() caller: Caller, @Param() params: IdParam) {
    return this.rpc.request('contracts.document.list', caller, { contractId: params.id });
  }

  @Get('documents/:id/content')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Download a document; anyone who may read the contract may read it',
    description: 'The response carries the stored SHA-256 in X-Content-SHA256.',
  })
  @ApiProduces(...CONTENT_TYPES)
  async download(
    @CurrentCaller() caller: Caller,
    @Param() params: IdParam,
    @Res() response: Response,
  ): Promise<void> {
    const document = await this.rpc.request<DocumentView & { transferName: string }>(
      'contracts.document.fetch',
      caller,
      { id: params.id },
    );
    const content = await this.transfer.take(document.transferName);
    if (!content) {
      throw new DomainError(
        'service.unavailable',
        'unavailable',
        'the document could not be handed over; try again',
      );
    }
    response
      .status(200)
      .set({
        'Content-Type': document.contentType,
        'Content-Length': String(content.length),
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        'X-Content-SHA256': document.sha256,
      })
      .end(Buffer.from(content));
  }
}
