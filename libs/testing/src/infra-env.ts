import * as path from 'node:path';

/** The repository root, whether this file runs from src (ts-jest, tsx) or dist. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * Where the shared infrastructure of a run is. The test command sets these once per run;
 * the defaults are the standard local ports, so a single suite can also run by hand.
 */
export function infraEnv(env: NodeJS.ProcessEnv = process.env) {
  return {
    postgresUrl: (env.PN_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, ''),
    natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
    keycloakUrl: (env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, ''),
    subjectPrefix: env.NATS_SUBJECT_PREFIX ?? 'pntest',
  };
}

/** URL of a database on the run's Postgres server. */
export function testDatabaseUrl(database: string): string {
  return `${infraEnv().postgresUrl}/${database}`;
}
