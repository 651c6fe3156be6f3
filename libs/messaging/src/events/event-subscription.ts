import type { EntityManager } from 'typeorm';

import type { EventDefinition, EventEnvelope, EventPayload, EventStream } from '@pn/events';

export interface EventHandler<D extends EventDefinition = EventDefinition> {
  event: D;
  /** Runs inside the transaction that records the event in the inbox. */
  handle(
    data: EventPayload<D>,
    envelope: EventEnvelope<EventPayload<D>>,
    manager: EntityManager,
  ): Promise<void>;
}

/**
 * Thrown by a handler for an event that can never be handled as it is (it names a partner
 * that does not exist, a month that has not begun): dead-lettered at once with the reason,
 * rather than retried. The handler's transaction is rolled back, so nothing of it stays.
 */
export class UnprocessableEvent extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnprocessableEvent';
  }
}

/** A durable consumer of one owning service's stream. */
export interface EventSubscription {
  /** Durable consumer name, unique per consuming service, e.g. `alerts-contract-events`. */
  durable: string;
  source: EventStream;
  handlers: EventHandler[];
  /** Deliveries before an event that keeps failing is dead-lettered; default 5. */
  maxDeliveries?: number;
}

/** Keeps the payload type of a handler tied to its event definition. */
export function onEvent<D extends EventDefinition>(
  event: D,
  handle: EventHandler<D>['handle'],
): EventHandler {
  return { event, handle };
}
