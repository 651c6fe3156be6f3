import { infraEnv } from './infra-env';

const REALM = 'partner-network';
// Public client with the password grant; it exists only in the local realm import.
const DEV_CLIENT = 'pn-dev-cli';
export const DEMO_PASSWORD = 'demo';

const cache = new Map<string, { token: string; expiresAt: number }>();

/** A real access token from Keycloak for a demo user, reused until shortly before expiry. */
export async function accessToken(username: string, password = DEMO_PASSWORD): Promise<string> {
  const cached = cache.get(username);
  if (cached && cached.expiresAt > Date.now() + 30_000) {
    return cached.token;
  }
  const { keycloakUrl } = infraEnv();
  const response = await fetch(`${keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: DEV_CLIENT,
      username,
      password,
      scope: 'openid',
    }),
  });
  const body = (await response.json()) as {
    access_token?: string;
    expires_in?: number;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    throw new Error(
      `Keycloak refused a token for ${username}: ${body.error_description ?? response.status}`,
    );
  }
  cache.set(username, {
    token: body.access_token,
    expiresAt: Date.now() + (body.expires_in ?? 60) * 1000,
  });

  return body.access_token;
}

/** A token for a machine client (client-credentials grant), e.g. the CRM integration. */
export async function clientToken(clientId: string, secret: string): Promise<string> {
  const { keycloakUrl } = infraEnv();
  const response = await fetch(`${keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: secret,
    }),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!response.ok || !body.access_token) {
    throw new Error(
      `Keycloak refused a token for client ${clientId}: ${body.error_description ?? response.status}`,
    );
  }

  return body.access_token;
}
