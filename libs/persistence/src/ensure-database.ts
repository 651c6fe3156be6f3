import { Client } from 'pg';

const DUPLICATE_DATABASE = '42P04';

/**
 * Creates the service's database when it does not exist yet, by connecting to the server's
 * `postgres` maintenance database. Two replicas racing here is fine: the loser sees 42P04.
 */
export async function ensureDatabase(databaseUrl: string): Promise<{ created: boolean }> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';

  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) {
      return { created: false };
    }
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);

    return { created: true };
  } catch (error) {
    if ((error as { code?: string }).code === DUPLICATE_DATABASE) {
      return { created: false };
    }
    throw error;
  } finally {
    await client.end();
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Drops a scratch database, closing whatever is still connected to it. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const maintenance = new URL(databaseUrl);
  const name = decodeURIComponent(maintenance.pathname.slice(1));
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
