import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { types } from 'pg';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';

import { ensureDatabase } from './ensure-database';
import { migrateWithLock } from './migrate';

// A Postgres `date` is a calendar date, not an instant: keep it as 'YYYY-MM-DD' instead of
// letting the driver turn it into a Date at midnight in the server's time zone.
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value) => value);

export interface PersistenceOptions {
  databaseUrl: string;
  // TypeORM's own types for these lists are loose; keep them as it declares them.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

export function dataSourceOptions(options: PersistenceOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.databaseUrl,
    entities: options.entities,
    migrations: options.migrations,
    // The schema changes only through the committed migrations, never from the entities.
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10 },
  };
}

/**
 * The service's own database: created if absent, migrated at start-up before anything
 * reads it, exposed through TypeORM's repositories and DataSource.
 */
@Module({})
export class PersistenceModule {
  static forRoot(options: PersistenceOptions): DynamicModule {
    const logger = new Logger('Persistence');

    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(options),
          dataSourceFactory: async (config) => {
            const { created } = await ensureDatabase(options.databaseUrl);
            if (created) {
              logger.log(`created database ${new URL(options.databaseUrl).pathname.slice(1)}`);
            }
            const dataSource = await new DataSource(config!).initialize();
            const applied = await migrateWithLock(dataSource);
            logger.log(
              applied.length
                ? `applied migrations: ${applied.map((migration) => migration.name).join(', ')}`
                : 'schema is up to date',
            );

            return dataSource;
          },
        }),
      ],
    };
  }
}
