// The OpenID Connect provider (Keycloak) as the page sees it: where its endpoints are and how to
// talk to each of them.

export interface Provider {
  issuer: string;
  clientId: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  endSessionEndpoint: string;
}

export interface TokenResponse {
  access_token: string;
  id_token: string;
}

/** A sign-in that could not finish; its message is meant for the person at the screen. */
export class SignInError extends Error {}

interface WebConfig {
  issuer: string;
  clientId: string;
}

interface ProviderMetadata {
  issuer?: string;
  authorization_endpoint?: string;
  token_endpoint?: string;
  end_session_endpoint?: string;
}

let provider: Promise<Provider> | undefined;

/**
 * The gateway names the issuer and client; the issuer's discovery document names the endpoints.
 * Loaded on first use and kept, but a failed load is forgotten so the next click tries again.
 */
export function loadProvider(): Promise<Provider> {
  provider ??= discover().catch((error: unknown) => {
    provider = undefined;
    throw error;
  });

  return provider;
}

async function discover(): Promise<Provider> {
  const config = await fetchJson<WebConfig>('/web-config.json', 'the sign-in settings');
  const metadata = await fetchJson<ProviderMetadata>(
    `${config.issuer}/.well-known/openid-configuration`,
    'the sign-in service',
  );
  const { authorization_endpoint, token_endpoint, end_session_endpoint } = metadata;
  // OpenID Connect Discovery: the document must name the issuer it was fetched from.
  if (metadata.issuer !== config.issuer) {
    throw new SignInError(
      `The sign-in service answers for ${metadata.issuer}, not ${config.issuer}.`,
    );
  }
  if (!authorization_endpoint || !token_endpoint || !end_session_endpoint) {
    throw new SignInError('The sign-in service does not publish the endpoints this page needs.');
  }

  return {
    issuer: config.issuer,
    clientId: config.clientId,
    authorizationEndpoint: authorization_endpoint,
    tokenEndpoint: token_endpoint,
    endSessionEndpoint: end_session_endpoint,
  };
}

/** Keycloak must send the browser back to the page's root, one of the client's redirect URIs. */
export function redirectUri(): string {
  return `${location.origin}/`;
}

export function authorizationUrl(
  provider: Provider,
  request: { state: string; nonce: string; codeChallenge: string },
): string {
  const url = new URL(provider.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: provider.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid profile email',
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    state: request.state,
    nonce: request.nonce,
  }).toString();

  return url.toString();
}

/** Trades the authorization code and the PKCE verifier for tokens. */
export async function exchangeCode(
  provider: Provider,
  code: string,
  codeVerifier: string,
): Promise<TokenResponse> {
  const response = await fetch(provider.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: provider.clientId,
      code,
      redirect_uri: redirectUri(),
      code_verifier: codeVerifier,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as Partial<TokenResponse> & OAuthError;
  if (!response.ok) {
    throw new SignInError(`Signing in failed: ${describeOAuthError(body, response.statusText)}`);
  }
  if (!body.access_token || !body.id_token) {
    throw new SignInError('Signing in failed: the sign-in service returned no tokens.');
  }

  return { access_token: body.access_token, id_token: body.id_token };
}

/** Where to send the browser to end the Keycloak session and come back signed out. */
export function endSessionUrl(provider: Provider, idToken: string | undefined): string {
  const url = new URL(provider.endSessionEndpoint);
  const params = new URLSearchParams({
    client_id: provider.clientId,
    post_logout_redirect_uri: redirectUri(),
  });
  // With the ID token Keycloak knows whose session it ends and skips its confirmation page.
  if (idToken) {
    params.set('id_token_hint', idToken);
  }
  url.search = params.toString();

  return url.toString();
}

/** The error fields of an OAuth 2.0 error response or authorization redirect (RFC 6749). */
export interface OAuthError {
  error?: string;
  error_description?: string;
}

export function describeOAuthError(failure: OAuthError, fallback: string): string {
  if (failure.error_description && failure.error) {
    return `${failure.error_description} (${failure.error})`;
  }

  return failure.error_description ?? failure.error ?? fallback;
}

async function fetchJson<T>(url: string, what: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new SignInError(`Could not reach ${what}. Check the connection and try again.`);
  }
  if (!response.ok) {
    throw new SignInError(`Could not load ${what}: HTTP ${response.status}.`);
  }

  return (await response.json()) as T;
}
