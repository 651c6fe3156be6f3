import { DEV_STATE_DIR, devStack } from './dev-stack';
import { logger, stopInfrastructure } from './infrastructure';

/** `npm run down`: stops what `npm run up` started, and only that. */
async function main(): Promise<void> {
  const log = logger('down');
  // Connection settings do not matter for stopping: pid files say what runs.
  const stack = devStack({
    postgres: { url: '', startedHere: false },
    nats: { url: '', startedHere: false },
    keycloak: { url: '', realm: '', startedHere: false, stop: () => Promise.resolve() },
  });
  await stack.stopAll();
  log('services stopped');
  await stopInfrastructure(DEV_STATE_DIR);
  log(
    'infrastructure started by npm run up stopped (servers that were already running are left alone)',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run down failed: ${String(error)}\n`);
  process.exit(1);
});
