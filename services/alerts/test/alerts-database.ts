import type { DataSource } from 'typeorm';

import { CreateMessagingTables1764770000000, InboxEntry, OutboxEvent } from '@pn/messaging';
import { openMigratedDatabase } from '@pn/persistence';
import { testDatabaseUrl } from '@pn/testing';

import { entities } from '../src/entities';
import { migrations } from '../src/migrations';

/** A migrated alerts database of the suite's own, on the real Postgres; drop it afterwards. */
export function alertsDatabase(
  name: string,
): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  return openMigratedDatabase({
    databaseUrl: testDatabaseUrl(`pn_alerts_${name}_${process.pid}`),
    entities: [...entities, InboxEntry, OutboxEvent],
    migrations: [CreateMessagingTables1764770000000, ...migrations],
  });
}
