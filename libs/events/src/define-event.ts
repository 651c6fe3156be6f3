import { z } from 'zod';

export type OwningService = 'contracts' | 'scoring' | 'pipeline' | 'alerts';

/**
 * A stream of events: each service's own, or `inbound`, where other systems (finance,
 * operations) publish what a service takes in.
 */
export type EventStream = OwningService | 'inbound';

/** One entry of the event catalogue: where it is published and what its payload must be. */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  /** CloudEvents `type`, e.g. `pn.contracts.contract.created.v1`. */
  type: string;
  service: EventStream;
  aggregate: string;
  name: string;
  version: number;
  summary: string;
  schema: S;
}

export function defineEvent<S extends z.ZodType>(definition: {
  service: EventStream;
  aggregate: string;
  name: string;
  version: number;
  summary: string;
  schema: S;
}): EventDefinition<S> {
  const { service, aggregate, name, version } = definition;

  return { ...definition, type: `pn.${service}.${aggregate}.${name}.v${version}` };
}

export type EventPayload<D extends EventDefinition> = z.infer<D['schema']>;

/**
 * The NATS subject of an event type. The first token is the configured prefix, so a test
 * stack can share a NATS server with a running one without either seeing the other's events.
 */
export function subjectOf(type: string, prefix: string): string {
  return `${prefix}${type.slice('pn'.length)}`;
}

/** Events of each owning service live in one stream, `<PREFIX>_<SERVICE>`. */
export function streamOf(
  service: EventStream,
  prefix: string,
): { name: string; subjects: string[] } {
  return { name: streamName(prefix, service), subjects: [`${prefix}.${service}.>`] };
}

export function deadLetterStream(prefix: string): { name: string; subjects: string[] } {
  return { name: streamName(prefix, 'deadletter'), subjects: [`${prefix}.deadletter.>`] };
}

function streamName(prefix: string, suffix: string): string {
  return `${prefix}_${suffix}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
