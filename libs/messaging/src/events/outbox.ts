import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import type { EventDefinition, EventEnvelope, EventPayload } from '@pn/events';
import { currentTraceparent } from '@pn/observability';

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
  // Validate on the way out too: an event that consumers would reject must not be written.
  const data = definition.schema.parse(payload) as EventPayload<D>;
  const traceparent = currentTraceparent();
  const envelope: EventEnvelope<EventPayload<D>> = {
    specversion: '1.0',
    id: randomUUID(),
    source: `/partner-network/${definition.service}`,
    type: definition.type,
    ...(meta.subject ? { subject: meta.subject } : {}),
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    entityId: meta.entityId,
    ...(traceparent ? { traceparent } : {}),
    data,
  };

  await manager.query(
    'INSERT INTO outbox (id, type, entity_id, envelope) VALUES ($1, $2, $3, $4::jsonb)',
    [envelope.id, envelope.type, envelope.entityId, JSON.stringify(envelope)],
  );

  return envelope;
}
