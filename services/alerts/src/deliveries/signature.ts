import { createHmac } from 'node:crypto';

/** The X-PN-Signature header: `sha256=` and the HMAC-SHA256 of the exact body bytes. */
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
