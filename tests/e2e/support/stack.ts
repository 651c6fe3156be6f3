import * as path from 'node:path';

import { infraEnv, REPO_ROOT, ServiceStack } from '@pn/testing';

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
  });
}
