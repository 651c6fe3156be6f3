// What the page remembers between page loads, in sessionStorage: it lives only as long as the tab
// and is not shared with other tabs, unlike localStorage, so tokens do not outlive the visit.

/** A sign-in on its way through Keycloak: what the callback must match and prove. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The tokens of the signed-in person. The refresh token is not kept: nothing uses it yet. */
export interface Tokens {
  accessToken: string;
  idToken: string;
}

const PENDING_KEY = 'pn.pendingSignIn';
const TOKENS_KEY = 'pn.tokens';

export function savePendingSignIn(pending: PendingSignIn): void {
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
}

/** Reads and forgets the pending sign-in: a state and a verifier are good for one callback. */
export function takePendingSignIn(): PendingSignIn | undefined {
  const pending = read(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);

  return hasStrings(pending, 'state', 'nonce', 'codeVerifier') ? pending : undefined;
}

export function saveTokens(tokens: Tokens): void {
  sessionStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
}

export function loadTokens(): Tokens | undefined {
  const tokens = read(TOKENS_KEY);

  return hasStrings(tokens, 'accessToken', 'idToken') ? tokens : undefined;
}

export function clearSession(): void {
  sessionStorage.clear();
}

function read(key: string): unknown {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null');
  } catch {
    // Someone edited the storage by hand: treat it as absent rather than break the page.
    return undefined;
  }
}

function hasStrings<K extends string>(value: unknown, ...keys: K[]): value is Record<K, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string')
  );
}
