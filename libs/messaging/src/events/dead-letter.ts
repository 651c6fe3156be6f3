import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';

export const DEAD_LETTER_REASON_HEADER = 'Pn-Dead-Letter-Reason';

/**
 * Moves a message that can never be handled to `<prefix>.deadletter.<consumer>`, keeping
 * its bytes and saying why, so a person can inspect and replay it.
 */
export async function deadLetter(
  client: JetStreamClient,
  prefix: string,
  durable: string,
  message: JsMsg,
  reason: string,
): Promise<void> {
  const headers = natsHeaders();
  headers.set(DEAD_LETTER_REASON_HEADER, reason.slice(0, 1000));
  headers.set('Pn-Original-Subject', message.subject);
  headers.set('Pn-Original-Sequence', String(message.seq));
  headers.set('Pn-Consumer', durable);
  await client.publish(`${prefix}.deadletter.${durable}`, message.data, {
    msgID: `${durable}-${message.info.stream}-${message.seq}`,
    headers,
  });
}
