import * as path from 'node:path';

import { accessToken, DEMO_PASSWORD, resetInfra, ServiceStack } from '@pn/testing';

import { benchAlertsAtScale } from './bench/alerts-scale';
import { benchCsvImport } from './bench/csv-import';
import { benchReadPath } from './bench/read-path';
import { benchScoringAtScale } from './bench/scoring-scale';
import { ensureInfrastructure, logger, REPO_ROOT, stopInfrastructure } from './infrastructure';

const SERVICES = ['contracts', 'alerts', 'scoring', 'gateway'] as const;

/**
 * `npm run bench [read|import|alerts|scoring]`: figures, each next to the limit or aim it is
 * compared with, and no assertions. The read path (one contract through the gateway against
 * a direct query), the CSV import of 100,000 contracts (against Postgres COPY of the same
 * rows), the alerts service with 1,000,000 contracts (sweeps, calendar, event to alert), and the
 * scoring service with 100,000 partners and 10,000,000 KPI records (quarterly run, portfolio).
 */
async function main(): Promise<void> {
  const log = logger('bench');
  const stateDir = path.join(REPO_ROOT, '.pn', 'bench');
  const infrastructure = await ensureInfrastructure(stateDir);
  const stack = new ServiceStack({
    stateDir,
    basePort: 3200,
    databasePrefix: 'pn_bench',
    subjectPrefix: 'pnbench',
    postgresUrl: infrastructure.postgres.url,
    natsUrl: infrastructure.nats.url,
    keycloakUrl: infrastructure.keycloak.url,
    // Access logs of every request would measure the disk, not the path.
    logLevel: 'warn',
    // The benchmark runs the sweeps it measures; the daily timer checks only at start-up.
    env: { ALERTS_SWEEP_CHECK_MS: '3600000' },
  });
  try {
    await resetInfra({
      postgresUrl: infrastructure.postgres.url,
      databasePrefix: 'pn_bench',
      natsUrl: infrastructure.nats.url,
      subjectPrefix: 'pnbench',
    });
    await Promise.all(SERVICES.map((service) => stack.start(service)));
    await Promise.all(SERVICES.map((service) => stack.waitReady(service)));

    const token = await accessToken('lee.legal', DEMO_PASSWORD, infrastructure.keycloak.url);
    const only = process.argv[2];
    if (!only || only === 'read') {
      await benchReadPath(stack, token, log);
    }
    if (!only || only === 'import') {
      await benchCsvImport(stack, infrastructure.keycloak.url, log);
    }
    if (!only || only === 'alerts') {
      await benchAlertsAtScale(stack, infrastructure.keycloak.url, log);
    }
    if (!only || only === 'scoring') {
      await benchScoringAtScale(stack, infrastructure.keycloak.url, log);
    }
  } finally {
    await stack.stopAll();
    await stopInfrastructure(stateDir, infrastructure);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `npm run bench failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
