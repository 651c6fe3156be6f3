import { randomUUID } from 'node:crypto';

import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';

import { type EventStream, streamOf } from '@pn/events';
import { infraEnv } from '@pn/testing';

export interface PublishedEvent {
  id: string;
  type: string;
  subject?: string;
  entityId: string;
  data: Record<string, unknown>;
}

/**
 * Every event a service has published so far, read from its JetStream stream with an
 * ordered consumer: what any other consumer would receive.
 */
export async function publishedEvents(service: EventStream): Promise<PublishedEvent[]> {
  const infra = infraEnv();
  // The transport's declared return type does not resolve under type-aware lint.
  const nats = (await connect({ servers: infra.natsUrl })) as NatsConnection;
  try {
    const stream = streamOf(service, infra.subjectPrefix);
    const consumer = await jetstream(nats).consumers.get(stream.name, {
      deliver_policy: DeliverPolicy.All,
    });
    const pending = (await consumer.info()).num_pending;
    const events: PublishedEvent[] = [];
    if (pending === 0) {
      return events;
    }
    const messages = await consumer.fetch({ max_messages: pending, expires: 5_000 });
    for await (const message of messages) {
      events.push(message.json<PublishedEvent>());
      if (events.length === pending) {
        break;
      }
    }

    return events;
  } finally {
    await nats.close();
  }
}

/** Publishes a CloudEvent to the inbound stream, as a finance or operations system would. */
export async function publishInbound(
  type: string,
  data: Record<string, unknown>,
  options: { entityId: string; source: string },
): Promise<string> {
  const infra = infraEnv();
  const nats = (await connect({ servers: infra.natsUrl })) as NatsConnection;
  const id = randomUUID();
  try {
    const client = jetstream(nats);
    await (
      await jetstreamManager(nats)
    ).streams
      .info(streamOf('inbound', infra.subjectPrefix).name)
      .catch(() => {
        throw new Error('no inbound stream: the scoring service creates it when it starts');
      });
    await client.publish(
      `${infra.subjectPrefix}${type.slice('pn'.length)}`,
      JSON.stringify({
        specversion: '1.0',
        id,
        source: options.source,
        type,
        time: new Date().toISOString(),
        datacontenttype: 'application/json',
        entityId: options.entityId,
        data,
      }),
      { msgID: id },
    );

    return id;
  } finally {
    await nats.close();
  }
}

/** The reasons a consumer gave for the events it dead-lettered, oldest first. */
export async function deadLetterReasons(consumer: string): Promise<string[]> {
  const infra = infraEnv();
  const nats = (await connect({ servers: infra.natsUrl })) as NatsConnection;
  try {
    const manager = await jetstreamManager(nats);
    const stream = `${infra.subjectPrefix.toUpperCase()}_DEADLETTER`;
    const { first_seq: first, last_seq: last } = (await manager.streams.info(stream)).state;
    const reasons: string[] = [];
    for (let seq = first; seq <= last && last > 0; seq += 1) {
      const message = await manager.streams.getMessage(stream, { seq }).catch(() => null);
      if (message?.header?.get('Pn-Consumer') === consumer) {
        reasons.push(message.header.get('Pn-Dead-Letter-Reason'));
      }
    }

    return reasons;
  } finally {
    await nats.close();
  }
}

/** Publishes an event again as a relay retry or a replay would: the same envelope, or a new id. */
export async function republish(event: PublishedEvent, options: { newId: boolean }): Promise<void> {
  const infra = infraEnv();
  const nats = (await connect({ servers: infra.natsUrl })) as NatsConnection;
  try {
    const copy = options.newId ? { ...event, id: randomUUID() } : event;
    // A fresh message id gets past JetStream's own de-duplication window, as a late retry would.
    await jetstream(nats).publish(
      `${infra.subjectPrefix}${event.type.slice('pn'.length)}`,
      JSON.stringify(copy),
      { msgID: randomUUID() },
    );
  } finally {
    await nats.close();
  }
}
