import { DataSource } from 'typeorm';

import { dropDatabase, ensureDatabase } from './ensure-database';
import { migrateWithLock } from './migrate';
import { dataSourceOptions, type PersistenceOptions } from './persistence.module';

/**
 * The statements TypeORM would still run to make a database built by the migrations match
 * the entities. Empty means the committed migrations and the entities agree; anything else
 * is a migration someone forgot to write. Uses a scratch database that it drops afterwards.
 */
export async function schemaDrift(options: PersistenceOptions): Promise<string[]> {
  await ensureDatabase(options.databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(options)).initialize();
  try {
    await migrateWithLock(dataSource);
    const pending = await dataSource.driver.createSchemaBuilder().log();

    return pending.upQueries.map((query) => query.query.replace(/\s+/g, ' ').trim());
  } finally {
    await dataSource.destroy();
    await dropDatabase(options.databaseUrl);
  }
}
