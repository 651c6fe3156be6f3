import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';

import { headers as natsHeaders } from '@nats-io/nats-core';
import { DataSource } from 'typeorm';

import { type EventEnvelope, subjectOf } from '@pn/events';

import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';
import { JetStreamConnection } from './jetstream.connection';

const BATCH_SIZE = 500;
const IDLE_POLL_MS = 250;
const MAX_BACKOFF_MS = 10_000;

interface PendingRow {
  id: string;
  type: string;
  envelope: EventEnvelope;
}

/**
 * Publishes committed outbox rows to JetStream, oldest first, with the event id as
 * `Nats-Msg-Id` so the server drops the copy a crash between publish and commit re-sends.
 * Replicas share the work through `FOR UPDATE SKIP LOCKED`.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jetstream: JetStreamConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Asks the relay to look now rather than at its next poll; call after a commit. */
  notify(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.publishBatch();
        if (this.failures > 0) {
          this.logger.log(`outbox relay recovered after ${this.failures} failed attempts`);
        }
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        this.logger.warn(
          `outbox relay could not publish (attempt ${this.failures}); events stay in the outbox and are retried: ${String(error)}`,
        );
      }
      if (published < BATCH_SIZE) {
        await this.sleep(
          this.failures ? Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.failures) : IDLE_POLL_MS,
        );
      }
    }
  }

  private async publishBatch(): Promise<number> {
    const client = await this.jetstream.client();
    await this.jetstream.ensureServiceStream(this.ownStream());

    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, type, envelope FROM outbox
          WHERE published_at IS NULL
          ORDER BY seq
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      // Publishes are pipelined: sent in order on one connection, their acks awaited
      // together, so a backlog drains at the server's pace rather than one round trip per
      // event. What failed stays unpublished and is retried; its id dedupes any copy.
      const results = await Promise.allSettled(
        rows.map((row) => {
          const headers = natsHeaders();
          if (row.envelope.traceparent) {
            headers.set('traceparent', row.envelope.traceparent);
          }
          headers.set('Pn-Entity-Id', row.envelope.entityId);

          return client.publish(
            subjectOf(row.type, this.options.subjectPrefix),
            JSON.stringify(row.envelope),
            { msgID: row.id, headers },
          );
        }),
      );
      const published = rows
        .filter((_, index) => results[index].status === 'fulfilled')
        .map((row) => row.id);
      const failure = results.find((result) => result.status === 'rejected');
      if (failure) {
        const failed = rows
          .filter((_, index) => results[index].status === 'rejected')
          .map((row) => row.id);
        await manager.query(
          'UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])',
          [failed, String(failure.reason)],
        );
        await this.markPublished(manager, published);
        throw failure.reason;
      }
      await this.markPublished(manager, published);
      if (published.length) {
        this.logger.debug(`published ${published.length} events`);
      }

      return published.length;
    });
  }

  private async markPublished(
    manager: { query: (sql: string, params: unknown[]) => Promise<unknown> },
    ids: string[],
  ): Promise<void> {
    if (ids.length) {
      await manager.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::uuid[])', [
        ids,
      ]);
    }
  }

  private ownStream() {
    if (this.options.service === 'gateway') {
      throw new Error('the gateway owns no events and has no outbox');
    }

    return this.options.service;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
