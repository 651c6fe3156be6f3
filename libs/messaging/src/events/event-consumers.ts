import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';

import {
  AckPolicy,
  type ConsumerMessages,
  DeliverPolicy,
  JetStreamApiError,
  type JsMsg,
} from '@nats-io/jetstream';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { DataSource } from 'typeorm';

import { envelopeSchema, type EventEnvelope, streamOf } from '@pn/events';
import { contextFromHeaders, runWithLogContext } from '@pn/observability';

import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options';
import { deadLetter } from './dead-letter';
import {
  type EventHandler,
  type EventSubscription,
  UnprocessableEvent,
} from './event-subscription';
import { JetStreamConnection } from './jetstream.connection';

const CONSUMER_NOT_FOUND = 10014;
const DEFAULT_MAX_DELIVERIES = 5;
const tracer = trace.getTracer('pn-messaging');

type Outcome = 'handled' | 'duplicate' | 'ignored' | 'dead-lettered' | 'retry';

/**
 * Runs the service's durable JetStream consumers. Each event is validated, handled in one
 * transaction with its inbox row (so a redelivery is a no-op), and acknowledged only after
 * that transaction commits. An event that can never be handled is dead-lettered with the
 * reason and acknowledged; the consumer itself never stops for a bad message.
 */
@Injectable()
export class EventConsumers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EventConsumers.name);
  private readonly subscriptions: EventSubscription[] = [];
  private readonly running: { messages: ConsumerMessages; loop: Promise<void> }[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly jetstream: JetStreamConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  /** Called by a feature module while the application is being built. */
  subscribe(subscription: EventSubscription): void {
    this.subscriptions.push(subscription);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const subscription of this.subscriptions) {
      await this.start(subscription);
    }
  }

  /** Stops pulling, then waits for the message in hand to finish: nothing half-handled. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.running.map(({ messages }) => messages.close()));
    await Promise.all(this.running.map(({ loop }) => loop));
    this.running.length = 0;
  }

  private async start(subscription: EventSubscription): Promise<void> {
    const prefix = this.options.subjectPrefix;
    const stream = streamOf(subscription.source, prefix);
    await this.jetstream.ensureServiceStream(subscription.source);
    await this.jetstream.ensureDeadLetterStream();
    const manager = await this.jetstream.manager();
    const maxDeliveries = subscription.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;

    try {
      await manager.consumers.info(stream.name, subscription.durable);
    } catch (error) {
      if (!(error instanceof JetStreamApiError) || error.code !== CONSUMER_NOT_FOUND) {
        throw error;
      }
      await manager.consumers.add(stream.name, {
        durable_name: subscription.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: stream.subjects[0],
        ack_wait: 30_000_000_000,
        // One more than ours, so the server stops even if this process dies mid-retry.
        max_deliver: maxDeliveries + 1,
      });
      this.logger.log(`created durable consumer ${subscription.durable} on ${stream.name}`);
    }

    const client = await this.jetstream.client();
    const consumer = await client.consumers.get(stream.name, subscription.durable);
    const messages = await consumer.consume({ max_messages: 32 });
    const handlers = new Map(subscription.handlers.map((handler) => [handler.event.type, handler]));
    const loop = (async () => {
      for await (const message of messages) {
        await this.process(subscription, handlers, maxDeliveries, message);
      }
    })();
    this.running.push({ messages, loop });
    this.logger.log(`consuming ${stream.subjects[0]} as ${subscription.durable}`);
  }

  private async process(
    subscription: EventSubscription,
    handlers: Map<string, EventHandler>,
    maxDeliveries: number,
    message: JsMsg,
  ): Promise<Outcome> {
    let outcome: Outcome;
    try {
      outcome = await this.handle(subscription, handlers, maxDeliveries, message);
    } catch (error) {
      // Only infrastructure failures reach here (dead-letter publish, ack); retry later.
      this.logger.warn(
        `${subscription.durable}: could not settle message ${message.seq}: ${String(error)}`,
      );
      message.nak(5_000);
      outcome = 'retry';
    }

    return outcome;
  }

  private async handle(
    subscription: EventSubscription,
    handlers: Map<string, EventHandler>,
    maxDeliveries: number,
    message: JsMsg,
  ): Promise<Outcome> {
    const { durable } = subscription;
    const client = await this.jetstream.client();
    const reject = async (reason: string): Promise<Outcome> => {
      await deadLetter(client, this.options.subjectPrefix, durable, message, reason);
      await message.ackAck();
      this.logger.warn(
        `${durable}: dead-lettered message ${message.seq} from ${message.subject}: ${reason}`,
      );

      return 'dead-lettered';
    };

    let raw: unknown;
    try {
      raw = message.json<unknown>();
    } catch (error) {
      return reject(`not JSON: ${String(error)}`);
    }
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) {
      return reject(`invalid CloudEvents envelope: ${describeIssues(envelope.error.issues)}`);
    }
    const handler = handlers.get(envelope.data.type);
    if (!handler) {
      await message.ackAck();

      return 'ignored';
    }
    const payload = handler.event.schema.safeParse(envelope.data.data);
    if (!payload.success) {
      return reject(
        `invalid ${envelope.data.type} payload: ${describeIssues(payload.error.issues)}`,
      );
    }

    const event = { ...envelope.data, data: payload.data } as EventEnvelope;
    const parent = contextFromHeaders({ traceparent: event.traceparent });

    return context.with(parent, () =>
      tracer.startActiveSpan(`consume ${event.type}`, { kind: SpanKind.CONSUMER }, (span) =>
        runWithLogContext({ entityId: event.entityId }, async () => {
          try {
            const fresh = await this.dataSource.transaction(async (manager) => {
              const inserted: unknown[] = await manager.query(
                `INSERT INTO inbox (consumer, event_id, type) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING RETURNING event_id`,
                [durable, event.id, event.type],
              );
              if (inserted.length === 0) {
                return false;
              }
              await handler.handle(event.data, event, manager);

              return true;
            });
            await message.ackAck();
            if (fresh) {
              this.logger.log(`${durable}: handled ${event.type} ${event.id}`);
            } else {
              this.logger.debug(`${durable}: skipped duplicate ${event.type} ${event.id}`);
            }

            return fresh ? 'handled' : 'duplicate';
          } catch (error) {
            span.recordException(error as Error);
            span.setStatus({ code: SpanStatusCode.ERROR });
            if (error instanceof UnprocessableEvent) {
              return reject(`unprocessable ${event.type}: ${error.message}`);
            }
            const attempt = message.info.deliveryCount;
            if (attempt >= maxDeliveries) {
              return reject(`handler failed ${attempt} times: ${String(error)}`);
            }
            const delay = Math.min(30_000, 1_000 * 2 ** (attempt - 1));
            this.logger.warn(
              `${durable}: ${event.type} ${event.id} failed (attempt ${attempt} of ${maxDeliveries}), retrying in ${delay} ms: ${String(error)}`,
            );
            message.nak(delay);

            return 'retry';
          } finally {
            span.end();
          }
        }),
      ),
    );
  }
}

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
