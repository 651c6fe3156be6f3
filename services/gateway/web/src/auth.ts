// Signing in and out with the Authorization Code flow and PKCE, the way a public browser client
// must: the page holds no secret, so the one-time verifier stands in for it.

import {
  authorizationUrl,
  describeOAuthError,
  endSessionUrl,
  exchangeCode,
  loadProvider,
  SignInError,
} from './oidc.js';
import { base64UrlDecode, randomString, s256Challenge } from './pkce.js';
import {
  clearSession,
  loadTokens,
  savePendingSignIn,
  saveTokens,
  takePendingSignIn,
} from './session.js';

/** Leaves the page for Keycloak's sign-in form; it comes back with a code (or an error). */
export async function signIn(): Promise<void> {
  const provider = await loadProvider();
  const codeVerifier = randomString(64);
  const state = randomString(32);
  const nonce = randomString(32);
  const codeChallenge = await s256Challenge(codeVerifier);
  savePendingSignIn({ state, nonce, codeVerifier });
  location.assign(authorizationUrl(provider, { state, nonce, codeChallenge }));
}

/**
 * Finishes a sign-in when the page is Keycloak's redirect back (`?code=&state=` or `?error=`),
 * and keeps the tokens. Does nothing on an ordinary page load. Throws a SignInError to show.
 */
export async function completeSignIn(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (code === null && error === null) {
    return;
  }
  // The code is single-use and the URL would leak it to history and bookmarks: drop it at once,
  // so a reload shows the page rather than replaying a spent code.
  history.replaceState(history.state, '', location.pathname);
  const pending = takePendingSignIn();

  if (code === null) {
    const reason = describeOAuthError(
      {
        error: error ?? undefined,
        error_description: params.get('error_description') ?? undefined,
      },
      'no reason given',
    );
    throw new SignInError(`Signing in failed: ${reason}`);
  }
  // A response this tab did not ask for (forged, or from another tab) must not sign anyone in.
  if (!pending || params.get('state') !== pending.state) {
    throw new SignInError('That sign-in did not start on this page. Please sign in again.');
  }
  const provider = await loadProvider();
  // RFC 9207: Keycloak names itself in the redirect; a different issuer means a mix-up.
  const issuer = params.get('iss');
  if (issuer !== null && issuer !== provider.issuer) {
    throw new SignInError('That sign-in came from an unexpected sign-in service.');
  }
  const tokens = await exchangeCode(provider, code, pending.codeVerifier);
  // The ID token came straight from the token endpoint, so its signature needs no check here
  // (OpenID Connect Core 3.1.3.7); the nonce still ties it to this very sign-in.
  if (idTokenClaims(tokens.id_token).nonce !== pending.nonce) {
    throw new SignInError('The sign-in answer does not match this sign-in. Please sign in again.');
  }
  saveTokens({ accessToken: tokens.access_token, idToken: tokens.id_token });
}

/** Forgets the tokens here, then ends the Keycloak session too and comes back signed out. */
export async function signOut(): Promise<void> {
  const idToken = loadTokens()?.idToken;
  clearSession();
  const provider = await loadProvider();
  location.assign(endSessionUrl(provider, idToken));
}

function idTokenClaims(idToken: string): { nonce?: unknown } {
  try {
    const payload = base64UrlDecode(idToken.split('.')[1] ?? '');

    return JSON.parse(new TextDecoder().decode(payload)) as { nonce?: unknown };
  } catch {
    throw new SignInError('The sign-in service returned an unreadable ID token.');
  }
}
