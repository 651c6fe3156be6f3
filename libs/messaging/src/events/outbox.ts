import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import type { EventDefinition, EventEnvelope, EventPayload } from '@pn/events';
import { currentTraceparent } from '@pn/observability';
import { copyRows } from '@pn/persistence';

// Beyond this many events, COPY is faster than INSERT statements.
const BULK = 50;

export interface EventMeta {
  /** The legal entity the event concerns. */
  entityId: string;
  /** CloudEvents `subject`: usually the aggregate's id. */
  subject?: string;
}

/**
 * Appends an event to the outbox inside the caller's transaction. The event exists if and
 * only if the state change commits; the relay publishes it afterwards.
 */
export async function appendToOutbox<D extends EventDefinition>(
  manager: EntityManager,
  definition: D,
  payload: EventPayload<D>,
  meta: EventMeta,
): Promise<EventEnvelope<EventPayload<D>>> {
  const [envelope] = await appendManyToOutbox(manager, definition, [{ payload, meta }]);

  return envelope;
}

/** The same for many events of one type in one statement, for bulk writes such as imports. */
export async function appendManyToOutbox<D extends EventDefinition>(
  manager: EntityManager,
  definition: D,
  events: readonly { payload: EventPayload<D>; meta: EventMeta }[],
): Promise<EventEnvelope<EventPayload<D>>[]> {
  const traceparent = currentTraceparent();
  const time = new Date().toISOString();
  const envelopes = events.map(({ payload, meta }): EventEnvelope<EventPayload<D>> => ({
    specversion: '1.0',
    id: randomUUID(),
    source: `/partner-network/${definition.service}`,
    type: definition.type,
    ...(meta.subject ? { subject: meta.subject } : {}),
    time,
    datacontenttype: 'application/json',
    entityId: meta.entityId,
    ...(traceparent ? { traceparent } : {}),
    // Validate on the way out too: an event that consumers would reject must not be written.
    data: definition.schema.parse(payload) as EventPayload<D>,
  }));
  if (envelopes.length > BULK) {
    await copyRows(
      manager,
      'outbox',
      ['id', 'type', 'entity_id', 'envelope'],
      envelopes.map((envelope) => [
        envelope.id,
        envelope.type,
        envelope.entityId,
        JSON.stringify(envelope),
      ]),
    );
  } else {
    for (const envelope of envelopes) {
      await manager.query(
        'INSERT INTO outbox (id, type, entity_id, envelope) VALUES ($1, $2, $3, $4::jsonb)',
        [envelope.id, envelope.type, envelope.entityId, JSON.stringify(envelope)],
      );
    }
  }

  return envelopes;
}
