import * as path from 'node:path';

import { ensureKeycloak, type KeycloakHandle, stopKeycloakFromStateDir } from './keycloak';
import { ensureNats, type NatsHandle, stopNats } from './nats';
import { ensurePostgres, type PostgresHandle, stopEmbeddedPostgres } from './postgres';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface Infrastructure {
  postgres: PostgresHandle;
  nats: NatsHandle;
  keycloak: KeycloakHandle;
}

export function logger(scope: string): (line: string) => void {
  return (line) => process.stdout.write(`[${scope}] ${line}\n`);
}

/**
 * Postgres, NATS with JetStream and Keycloak for a stack: reused where they run already,
 * started otherwise. Keycloak is the slow one, so it starts while the others are checked.
 */
export async function ensureInfrastructure(stateDir: string): Promise<Infrastructure> {
  const keycloak = ensureKeycloak({ stateDir, log: logger('keycloak') });
  const postgres = await ensurePostgres(stateDir, logger('postgres'));
  const nats = await ensureNats(stateDir, logger('nats'));

  return { postgres, nats, keycloak: await keycloak };
}

/**
 * Stops only what this tooling started (it keeps pid files for those); reused servers are
 * left alone. Without handles, as in `npm run down`, the pid files alone decide.
 */
export async function stopInfrastructure(
  stateDir: string,
  infrastructure?: Infrastructure,
): Promise<void> {
  if (!infrastructure) {
    await stopKeycloakFromStateDir(stateDir);
  } else if (infrastructure.keycloak.startedHere) {
    await infrastructure.keycloak.stop();
  }
  if (!infrastructure || infrastructure.nats.startedHere) {
    await stopNats(stateDir);
  }
  if (!infrastructure || infrastructure.postgres.startedHere) {
    await stopEmbeddedPostgres(stateDir);
  }
}
