import { createHash, randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import { StorageType } from '@nats-io/jetstream';
import { type ObjectStore, Objm } from '@nats-io/obj';

import { DomainError } from '@pn/errors';

import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';
import { JetStreamConnection } from './jetstream.connection';

// A transfer is picked up within seconds; an hour covers a receiver that crashed midway.
const TRANSFER_TTL_NS = 60 * 60 * 1_000_000_000;

/**
 * Hands a payload too large for one NATS message (a signed contract, say; the server's
 * limit is 1 MB by default) from one process to another through a JetStream object store
 * bucket. The sender puts it and passes the name in a request; the receiver takes it, which
 * deletes it. Anything never taken expires with the bucket's TTL.
 */
@Injectable()
export class BlobTransfer {
  private bucket?: Promise<ObjectStore>;

  constructor(
    private readonly jetstream: JetStreamConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async put(data: Uint8Array): Promise<string> {
    const name = randomUUID();
    await (await this.store()).putBlob({ name }, data);

    return name;
  }

  /** The payload, or null when the name is unknown or has expired. */
  async take(name: string): Promise<Uint8Array | null> {
    const store = await this.store();
    const data = await store.getBlob(name);
    if (data !== null) {
      await store.delete(name);
    }

    return data;
  }

  /**
   * An upload the gateway put here, checked against the SHA-256 it computed: refused with a
   * reason the uploader can act on when it expired or arrived damaged.
   */
  async takeUpload(name: string, sha256: string): Promise<Uint8Array> {
    const bytes = await this.take(name);
    if (!bytes) {
      throw DomainError.validation('invalid request: the uploaded file is no longer available', {
        fields: [{ field: 'transferName', problem: 'is unknown or expired; upload again' }],
      });
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      throw DomainError.validation('invalid request: the file arrived damaged; upload again', {
        fields: [{ field: 'sha256', problem: 'does not match the bytes received' }],
      });
    }

    return bytes;
  }

  private store(): Promise<ObjectStore> {
    this.bucket ??= this.jetstream.client().then((client) =>
      new Objm(client).create(`${this.options.subjectPrefix}_transfer`, {
        ttl: TRANSFER_TTL_NS,
        storage: StorageType.File,
      }),
    );

    return this.bucket;
  }
}
