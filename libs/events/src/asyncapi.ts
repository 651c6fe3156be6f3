import { z } from 'zod';

import { eventCatalogue } from './catalogue';
import { envelopeSchema } from './envelope';

/**
 * The AsyncAPI 3 document of every domain event, built from the same schemas consumers
 * validate with, so the document cannot drift from what is on the wire.
 */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const envelope = z.toJSONSchema(envelopeSchema.omit({ data: true }), { io: 'input' });

  for (const event of eventCatalogue) {
    const key = event.type.replace(/\./g, '_');
    messages[key] = {
      name: event.type,
      title: event.type,
      summary: event.summary,
      contentType: 'application/json',
      headers: {
        type: 'object',
        properties: {
          'Nats-Msg-Id': {
            type: 'string',
            description: 'The event id: JetStream drops duplicates',
          },
          traceparent: { type: 'string', description: 'W3C trace context of the change' },
          'Pn-Entity-Id': { type: 'string', description: 'Legal entity the event concerns' },
        },
      },
      payload: {
        allOf: [
          envelope,
          {
            type: 'object',
            required: ['data'],
            properties: { data: z.toJSONSchema(event.schema, { io: 'input' }) },
          },
        ],
      },
    };
    const inbound = event.service === 'inbound';
    channels[key] = {
      address: event.type,
      description: inbound
        ? 'Stream INBOUND, where other systems publish what Partner Network takes in. The first token is NATS_SUBJECT_PREFIX (pn by default).'
        : `Stream ${event.service.toUpperCase()} of the ${event.service} service. The first token is NATS_SUBJECT_PREFIX (pn by default).`,
      messages: { [key]: { $ref: `#/components/messages/${key}` } },
    };
    operations[inbound ? `receive_${key}` : `publish_${key}`] = inbound
      ? {
          action: 'receive',
          channel: { $ref: `#/channels/${key}` },
          summary:
            'scoring records the input and rescores the partner; an event it can never take (unknown partner, month not begun, second currency) goes to the dead-letter stream with the reason',
        }
      : {
          action: 'send',
          channel: { $ref: `#/channels/${key}` },
          summary: `${event.service} publishes through its transactional outbox`,
        };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Partner Network domain events',
      version: '1',
      description:
        'CloudEvents 1.0 envelopes on NATS JetStream, one stream per owning service. Delivery is at ' +
        'least once; consumers are idempotent by event id. Events that fail validation go to ' +
        '<prefix>.deadletter.<consumer> with the reason in the Pn-Dead-Letter-Reason header.',
    },
    defaultContentType: 'application/json',
    servers: { local: { host: '127.0.0.1:4222', protocol: 'nats' } },
    channels,
    operations,
    components: { messages },
  };
}
