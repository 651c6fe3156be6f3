import { DataSource } from 'typeorm';

import { dropDatabase, ensureDatabase } from './ensure-database';
import { migrateWithLock } from './migrate';
import { dataSourceOptions, type PersistenceOptions } from './persistence.module';

/**
 * A scratch database built by a service's committed migrations, for integration tests on
 * the real Postgres; `drop` closes it and removes it.
 */
export async function openMigratedDatabase(
  options: PersistenceOptions,
): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  await ensureDatabase(options.databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(options)).initialize();
  await migrateWithLock(dataSource);

  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await dropDatabase(options.databaseUrl);
    },
  };
}
