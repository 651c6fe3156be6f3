import { infraEnv } from './infra-env';

const REALM = 'partner-network';
// Public client with the password grant; it exists only in the local realm import.
const DEV_CLIENT = 'pn-dev-cli';
export const DEMO_PASSWORD = 'demo';

const cache = new Map<string, { token: string; expiresAt: number }>();

/**
 * A real access token from Keycloak for a demo user, reused until shortly before expiry.
 * The stack tools pass the Keycloak they found or started; tests use the run's.
 */
export async function accessToken(
  username: string,
  password = DEMO_PASSWORD,
  keycloakUrl = infraEnv().keycloakUrl,
): Promise<string> {
  const key = `${keycloakUrl} ${username}`;
  const cached = cache.get(key);
  if (cached && cached.expiresAt > Date.now() + 30_000) {
    return cached.token;
  }
  const granted = await requestToken(
    keycloakUrl,
    `user '${username}' (client ${DEV_CLIENT}, password grant)`,
    { grant_type: 'password', client_id: DEV_CLIENT, username, password, scope: 'openid' },
  );
  cache.set(key, {
    token: granted.access_token,
    expiresAt: Date.now() + (granted.expires_in ?? 60) * 1000,
  });

  return granted.access_token;
}

/** A token for a machine client (client-credentials grant), e.g. the CRM integration. */
export async function clientToken(clientId: string, secret: string): Promise<string> {
  const granted = await requestToken(
    infraEnv().keycloakUrl,
    `client '${clientId}' (client credentials grant)`,
    { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
  );

  return granted.access_token;
}

async function requestToken(
  keycloakUrl: string,
  who: string,
  form: Record<string, string>,
): Promise<{ access_token: string; expires_in?: number }> {
  const endpoint = `${keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new Error(
      `Could not reach Keycloak at ${endpoint} to get a token for ${who}: ${errorText(error)}`,
    );
  }
  const text = await response.text();
  let body: {
    access_token?: string;
    expires_in?: number;
    error?: string;
    error_description?: string;
  } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON (a proxy error page, say); the raw text goes into the error below.
  }
  if (!response.ok || !body.access_token) {
    const reason = body.error
      ? `${body.error}${body.error_description ? `: ${body.error_description}` : ''}`
      : text.slice(0, 300) || '(empty body)';
    throw new Error(`Keycloak refused a token for ${who}: HTTP ${response.status} ${reason}`);
  }

  return { access_token: body.access_token, expires_in: body.expires_in };
}

/** fetch() fails with a bare "fetch failed"; the reason (ECONNREFUSED, say) is its cause. */
function errorText(error: unknown): string {
  if (error instanceof Error) {
    return error.cause instanceof Error
      ? `${error.message}: ${error.cause.message}`
      : error.message;
  }

  return String(error);
}
