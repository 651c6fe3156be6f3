import * as path from 'node:path';

import { ServiceStack } from '@pn/testing';

import type { Infrastructure } from './infrastructure';
import { REPO_ROOT } from './infrastructure';

export const DEV_STATE_DIR = path.join(REPO_ROOT, '.pn', 'stack');

/** The stack `npm run up` runs: gateway on 3000, services on 3001–3004, databases pn_*. */
export function devStack(
  infrastructure: Pick<Infrastructure, 'postgres' | 'nats' | 'keycloak'>,
): ServiceStack {
  return new ServiceStack({
    stateDir: DEV_STATE_DIR,
    basePort: 3000,
    databasePrefix: 'pn',
    subjectPrefix: 'pn',
    postgresUrl: infrastructure.postgres.url,
    natsUrl: infrastructure.nats.url,
    keycloakUrl: infrastructure.keycloak.url,
    env: process.env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? { OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT }
      : {},
  });
}
