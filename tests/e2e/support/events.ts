import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';

import { type OwningService, streamOf } from '@pn/events';
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
export async function publishedEvents(service: OwningService): Promise<PublishedEvent[]> {
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
