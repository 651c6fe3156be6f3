/**
 * Manual control of the local Keycloak:
 *   npx tsx tools/stack/keycloak-cli.ts start   ensure it runs (reuse or start), print its URL, leave it running
 *   npx tsx tools/stack/keycloak-cli.ts stop    stop the one recorded in .pn/stack/keycloak.pid
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { ensureKeycloak, REALM, stopKeycloakFromStateDir } from './keycloak';

/** The repository root: the nearest directory above the cwd holding the realm import. */
function repoRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'deploy', 'keycloak', 'partner-network-realm.json')))
      return dir;
    if (path.dirname(dir) === dir)
      throw new Error(
        `Run this from inside the Partner Network repository (cwd: ${process.cwd()})`,
      );
  }
}

async function main(command: string | undefined): Promise<void> {
  const stateDir = path.join(repoRoot(), '.pn', 'stack');
  switch (command) {
    case 'start': {
      const kc = await ensureKeycloak({ stateDir, log: (line) => console.error(line) });
      console.log(`${kc.url}/realms/${REALM}`);
      return;
    }
    case 'stop': {
      const stopped = await stopKeycloakFromStateDir(stateDir);
      console.error(
        stopped ? 'Keycloak stopped' : `No running Keycloak recorded in ${stateDir}/keycloak.pid`,
      );
      return;
    }
    default:
      throw new Error(`Unknown command '${command ?? ''}'. Usage: keycloak-cli.ts start|stop`);
  }
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
