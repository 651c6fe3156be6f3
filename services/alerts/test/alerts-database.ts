import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { CreateMessagingTables1764770000000, InboxEntry, OutboxEvent } from '@pn/messaging';
import { dataSourceOptions, ensureDatabase, migrateWithLock } from '@pn/persistence';
import { testDatabaseUrl } from '@pn/testing';

import { entities } from '../src/entities';
import { migrations } from '../src/migrations';

/** A migrated alerts database of the suite's own, on the real Postgres; drop it afterwards. */
export async function alertsDatabase(
  name: string,
): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  const database = `pn_alerts_${name}_${process.pid}`;
  await ensureDatabase(testDatabaseUrl(database));
  const dataSource = await new DataSource(
    dataSourceOptions({
      databaseUrl: testDatabaseUrl(database),
      entities: [...entities, InboxEntry, OutboxEvent],
      migrations: [CreateMessagingTables1764770000000, ...migrations],
    }),
  ).initialize();
  await migrateWithLock(dataSource);

  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      const admin = new Client({ connectionString: testDatabaseUrl('postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    },
  };
}
