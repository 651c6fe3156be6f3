import { createHash, randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, In } from 'typeorm';

import { type Caller, requireRole, type Role, visibleEntities } from '@pn/auth';
import {
  type AttachDocument,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_MAX_BYTES,
  type DocumentView,
} from '@pn/contracts-api';
import { DomainError } from '@pn/errors';
import { BlobTransfer } from '@pn/messaging';

import { appendAudit } from '../audit/audit-trail';
import { ContractsService } from '../contracts/contracts.service';
import { ContractVersion } from '../versions/contract-version.entity';
import { ContractDocument } from './contract-document.entity';
import { matchesContentType } from './file-signature';

// Signed agreements are legal's records; the people who negotiate them may file them too.
const DOCUMENT_WRITERS: readonly Role[] = ['legal', 'strategy', 'executive', 'admin'];

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly transfer: BlobTransfer,
  ) {}

  async attach(caller: Caller, command: AttachDocument): Promise<DocumentView> {
    requireRole(caller, DOCUMENT_WRITERS);
    const contract = await this.contracts.get(caller, command.contractId);
    const version = command.version ?? contract.currentVersion;
    if (version !== null && version > (contract.currentVersion ?? 0)) {
      throw DomainError.notFound(
        'contract.version_not_found',
        `contract ${contract.id} has no version ${version}`,
        { contractId: contract.id, version },
      );
    }
    const content = await this.receive(command);

    const document = await this.dataSource.transaction(async (manager) => {
      if (version !== null) {
        await manager.findOneByOrFail(ContractVersion, { contractId: contract.id, version });
      }
      const created = manager.create(ContractDocument, {
        id: randomUUID(),
        entityId: contract.entityId,
        contractId: contract.id,
        version,
        kind: command.kind,
        fileName: command.fileName,
        contentType: command.contentType,
        sizeBytes: content.length,
        sha256: command.sha256,
        content,
        uploadedBy: caller.username,
      });
      await manager.insert(ContractDocument, created);
      await appendAudit(manager, {
        entityId: contract.entityId,
        caller,
        action: 'contract.document.attach',
        aggregateType: 'contract',
        aggregateId: contract.id,
        before: null,
        after: {
          documentId: created.id,
          version,
          kind: command.kind,
          fileName: command.fileName,
          sizeBytes: content.length,
          sha256: command.sha256,
        },
      });

      return created.id;
    });
    this.logger.log(
      `${command.kind} "${command.fileName}" (${content.length} bytes) attached to contract ${contract.id}`,
    );

    return this.get(caller, document);
  }

  async list(caller: Caller, contractId: string): Promise<DocumentView[]> {
    await this.contracts.get(caller, contractId);
    const documents = await this.dataSource
      .getRepository(ContractDocument)
      .find({ where: { contractId }, order: { uploadedAt: 'ASC' } });

    return documents.map(toView);
  }

  async get(caller: Caller, id: string): Promise<DocumentView> {
    return toView(await this.find(caller, id));
  }

  /** Puts the file in the transfer bucket for the gateway to stream to the reader. */
  async fetch(caller: Caller, id: string): Promise<DocumentView & { transferName: string }> {
    const document = await this.find(caller, id, true);

    return { ...toView(document), transferName: await this.transfer.put(document.content) };
  }

  /** Takes the uploaded bytes and checks them against what the gateway said it sent. */
  private async receive(command: AttachDocument): Promise<Buffer> {
    const data = await this.transfer.take(command.transferName);
    if (!data) {
      throw DomainError.validation('invalid request: the uploaded file is no longer available', {
        fields: [{ field: 'transferName', problem: 'is unknown or expired; upload again' }],
      });
    }
    const content = Buffer.from(data);
    if (content.length > DOCUMENT_MAX_BYTES) {
      throw new DomainError(
        'document.too_large',
        'too_large',
        `the file is ${content.length} bytes; the limit is ${DOCUMENT_MAX_BYTES}`,
        { limit: DOCUMENT_MAX_BYTES },
      );
    }
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (content.length !== command.sizeBytes || sha256 !== command.sha256) {
      throw DomainError.validation('invalid request: the file arrived damaged; upload again', {
        fields: [{ field: 'sha256', problem: 'does not match the bytes received' }],
      });
    }
    if (!matchesContentType(content, command.contentType)) {
      throw new DomainError(
        'document.unsupported_type',
        'unsupported_type',
        `the file is not a ${DOCUMENT_CONTENT_TYPES[command.contentType]}, whatever its Content-Type says`,
        { contentType: command.contentType },
      );
    }

    return content;
  }

  private async find(caller: Caller, id: string, withContent = false): Promise<ContractDocument> {
    const builder = this.dataSource
      .getRepository(ContractDocument)
      .createQueryBuilder('document')
      .where({ id, entityId: In(visibleEntities(caller)) });
    if (withContent) {
      builder.addSelect('document.content');
    }
    const document = await builder.getOne();
    if (!document) {
      throw DomainError.notFound('document.not_found', `document ${id} not found`, { id });
    }

    return document;
  }
}

function toView(document: ContractDocument): DocumentView {
  return {
    id: document.id,
    contractId: document.contractId,
    entityId: document.entityId,
    version: document.version,
    kind: document.kind,
    fileName: document.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    uploadedBy: document.uploadedBy,
    uploadedAt: document.uploadedAt.toISOString(),
  };
}
