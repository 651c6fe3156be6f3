import * as path from 'node:path';

import { infraEnv, REPO_ROOT, ServiceStack } from '@pn/testing';

import { SMTP_PORT } from './smtp-sink';

/** The stack every end-to-end suite talks to: gateway on 3100, services on 3101–3104. */
export function e2eStack(): ServiceStack {
  const infra = infraEnv();

  return new ServiceStack({
    stateDir: path.join(REPO_ROOT, '.pn', 'e2e'),
    basePort: 3100,
    databasePrefix: 'pn_e2e',
    subjectPrefix: infra.subjectPrefix,
    postgresUrl: infra.postgresUrl,
    natsUrl: infra.natsUrl,
    keycloakUrl: infra.keycloakUrl,
    env: {
      // Alerts mail the harness's SMTP sink and retry quickly, so a test sees a retry happen.
      ALERTS_SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      // UK legal shares a team mailbox; every other role reads its inbox.
      ALERTS_ROLE_MAILBOXES: 'legal@UK01=uk-legal@partner-network.example',
      ALERTS_DELIVERY_POLL_MS: '200',
      ALERTS_DELIVERY_BACKOFF_MS: '300',
      ALERTS_DELIVERY_MAX_ATTEMPTS: '3',
    },
  });
}
