import { Client } from 'pg';

import { ensureDatabase, quoteIdentifier } from '@pn/persistence';
import { testDatabaseUrl } from '@pn/testing';

describe('ensureDatabase (real Postgres)', () => {
  const url = testDatabaseUrl(`pn_persistence_${process.pid}`);

  afterAll(async () => {
    const admin = new Client({ connectionString: testDatabaseUrl('postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(new URL(url).pathname.slice(1))}`);
    await admin.end();
  });

  it('creates the database once and reports it already exists afterwards', async () => {
    expect(await ensureDatabase(url)).toEqual({ created: true });
    expect(await ensureDatabase(url)).toEqual({ created: false });

    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
    await client.end();
    expect(rows[0].name).toBe(new URL(url).pathname.slice(1));
  });

  it('quotes identifiers so a name cannot break out of the statement', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});
