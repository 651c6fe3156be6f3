import { z } from 'zod';

/**
 * The CloudEvents 1.0 envelope every domain event travels in, plus the two extensions the
 * architecture requires: the legal entity the event concerns and the W3C trace parent.
 */
export const envelopeSchema = z.strictObject({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  source: z.string().min(1),
  type: z.string().regex(/^pn\.[a-z]+\.[a-z_]+\.[a-z_]+\.v\d+$/),
  subject: z.string().min(1).optional(),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  entityId: z.string().min(1),
  traceparent: z.string().optional(),
  data: z.unknown(),
});

export type EventEnvelope<T = unknown> = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: T };
