// Proof Key for Code Exchange (RFC 7636): the page proves at the token endpoint that it is the
// one that started the sign-in, so a stolen authorization code is useless on its own.

// The base64url alphabet: all of it is allowed in a verifier, and with exactly 64 characters a
// random byte modulo 64 picks each one with equal chance.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A random string of `length` URL-safe characters from the browser's secure generator. */
export function randomString(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));

  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** The S256 code challenge: the base64url-encoded SHA-256 of the verifier. */
export async function s256Challenge(verifier: string): Promise<string> {
  // crypto.subtle exists only in secure contexts (https, localhost): fail with a reason, not a
  // TypeError, when the page is opened over plain http from another host.
  if (!globalThis.isSecureContext) {
    throw new Error('Sign-in needs a secure page: open it over https or on localhost.');
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));

  return base64UrlEncode(new Uint8Array(digest));
}

export function base64UrlEncode(bytes: Uint8Array): string {
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');

  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlDecode(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));

  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
