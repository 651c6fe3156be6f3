import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

import {
  jetstream,
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamManager,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';

import { deadLetterStream, type EventStream, streamOf } from '@pn/events';

import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';

const STREAM_NOT_FOUND = 10059;
// Long enough to cover a relay retrying after a crash between publish and commit.
const DUPLICATE_WINDOW_NS = 2 * 60 * 60 * 1_000_000_000;

/**
 * The process's JetStream connection (the official `@nats-io` client; Nest's own NATS
 * transport stays for request/reply only). It creates the streams it touches, so services
 * can start in any order.
 */
@Injectable()
export class JetStreamConnection implements OnApplicationShutdown {
  private readonly logger = new Logger(JetStreamConnection.name);
  private connection?: Promise<NatsConnection>;
  private readonly ensuredStreams = new Map<string, Promise<void>>();

  constructor(@Inject(MESSAGING_OPTIONS) readonly options: MessagingOptions) {}

  async nats(): Promise<NatsConnection> {
    // The transport's own declaration of the connection type does not resolve under our
    // module settings; it is the nats-core type, so name it.
    const connecting = connect({
      servers: this.options.natsUrl,
      name: `${this.options.service}-jetstream`,
      maxReconnectAttempts: -1,
      waitOnFirstConnect: true,
    }) as Promise<NatsConnection>;
    this.connection ??= connecting.then((connection) => {
      this.logger.log(`connected to NATS at ${connection.getServer()} for JetStream`);

      return connection;
    });

    return this.connection;
  }

  async client(): Promise<JetStreamClient> {
    return jetstream(await this.nats());
  }

  async manager(): Promise<JetStreamManager> {
    return jetstreamManager(await this.nats());
  }

  ensureServiceStream(service: EventStream): Promise<void> {
    return this.ensureStream(streamOf(service, this.options.subjectPrefix));
  }

  ensureDeadLetterStream(): Promise<void> {
    return this.ensureStream(deadLetterStream(this.options.subjectPrefix));
  }

  private ensureStream(stream: { name: string; subjects: string[] }): Promise<void> {
    let ensured = this.ensuredStreams.get(stream.name);
    if (!ensured) {
      ensured = this.createStreamIfAbsent(stream);
      this.ensuredStreams.set(stream.name, ensured);
      ensured.catch(() => this.ensuredStreams.delete(stream.name));
    }

    return ensured;
  }

  private async createStreamIfAbsent(stream: { name: string; subjects: string[] }): Promise<void> {
    const manager = await this.manager();
    try {
      await manager.streams.info(stream.name);
    } catch (error) {
      if (!(error instanceof JetStreamApiError) || error.code !== STREAM_NOT_FOUND) {
        throw error;
      }
      await manager.streams.add({
        name: stream.name,
        subjects: stream.subjects,
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
        duplicate_window: DUPLICATE_WINDOW_NS,
      });
      this.logger.log(`created stream ${stream.name} for ${stream.subjects.join(', ')}`);
    }
  }

  /** JetStream reachable and answering: part of readiness. */
  async ping(): Promise<void> {
    const manager = await this.manager();
    await manager.getAccountInfo();
  }

  // Runs after relays and consumers stopped (they stop in onModuleDestroy).
  async onApplicationShutdown(): Promise<void> {
    if (!this.connection) {
      return;
    }
    const connection = await this.connection;
    // drain() lets published-but-unacknowledged work finish before the socket closes.
    await connection.drain().catch(() => connection.close());
    this.connection = undefined;
  }
}
