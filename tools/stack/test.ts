import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import {
  ensureInfrastructure,
  type Infrastructure,
  logger,
  REPO_ROOT,
  stopInfrastructure,
} from './infrastructure';

/**
 * `npm test`: infrastructure once for the whole run, every project's tests through Nx,
 * then one closing line with the totals.
 */
async function main(): Promise<number> {
  const log = logger('test');
  const stateDir = path.join(REPO_ROOT, '.pn', 'test');
  const resultsDir = path.join(stateDir, 'results');
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(stateDir, { recursive: true });

  let infrastructure: Infrastructure | undefined;
  let status = 1;
  try {
    infrastructure = await ensureInfrastructure(stateDir);
    const env = {
      ...process.env,
      PN_POSTGRES_URL: infrastructure.postgres.url,
      NATS_URL: infrastructure.nats.url,
      KEYCLOAK_URL: infrastructure.keycloak.url,
      NATS_SUBJECT_PREFIX: 'pntest',
      PN_TEST_RESULTS_DIR: resultsDir,
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
    };
    log('linting and running every project’s tests');
    const run = spawnSync(
      'npx',
      // Lint first: a style or type-aware lint failure fails the run like a failing test.
      ['nx', 'run-many', '-t', 'lint', 'test', '--parallel=1', '--outputStyle=stream'],
      { cwd: REPO_ROOT, env, stdio: 'inherit' },
    );
    status = run.status ?? 1;
  } catch (error) {
    log(`could not run the tests: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await stopInfrastructure(stateDir, infrastructure);
  }

  const totals = readTotals(resultsDir);
  if (totals.failed > 0) {
    status = status || 1;
  }
  if (status !== 0 && totals.failed === 0) {
    // The counts cover test cases only: say so when a lint, build or suite-level failure
    // (a project without tests, a suite that cannot load) is what failed the run.
    process.stdout.write(
      '\nthe run failed outside the test cases counted below: see the failed Nx tasks above\n',
    );
  }
  process.stdout.write(
    `\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
  );

  return status;
}

function readTotals(dir: string): { passed: number; failed: number; skipped: number } {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  if (!fs.existsSync(dir)) {
    return totals;
  }
  for (const file of fs.readdirSync(dir)) {
    const result = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as typeof totals;
    totals.passed += result.passed;
    totals.failed += result.failed;
    totals.skipped += result.skipped;
  }

  return totals;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
