import { z } from 'zod';

import { port, serviceBase } from '@pn/config';

export const gatewayConfigSchema = z.object({
  ...serviceBase,
  PORT: port(3000),
  KEYCLOAK_URL: z
    .url()
    .describe(
      'Keycloak base URL the gateway fetches the realm keys from, e.g. http://localhost:8180',
    ),
  KEYCLOAK_ISSUER_URL: z
    .url()
    .optional()
    .describe(
      'public Keycloak base URL named in tokens and used by browsers, when it differs from KEYCLOAK_URL',
    ),
  KEYCLOAK_REALM: z
    .string()
    .min(1)
    .default('partner-network')
    .describe('realm name, default partner-network'),
  AUTH_AUDIENCE: z
    .string()
    .min(1)
    .default('pn-gateway')
    .describe('audience every access token must carry, default pn-gateway'),
  WEB_CLIENT_ID: z
    .string()
    .min(1)
    .default('pn-web')
    .describe('public Keycloak client the web page signs in with, default pn-web'),
  RPC_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(5_000)
    .describe('how long the gateway waits for a service to answer before a 504, default 5000'),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
