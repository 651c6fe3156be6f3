import { CreateMessagingTables1764770000000, InboxEntry, OutboxEvent } from '@pn/messaging';
import { schemaDrift } from '@pn/persistence';
import { testDatabaseUrl } from '@pn/testing';

import { entities } from '../src/entities';
import { migrations } from '../src/migrations';

describe('pipeline schema (real Postgres)', () => {
  it('is fully described by the committed migrations', async () => {
    const drift = await schemaDrift({
      databaseUrl: testDatabaseUrl(`pn_schema_pipeline_${process.pid}`),
      entities: [InboxEntry, OutboxEvent, ...entities],
      migrations: [CreateMessagingTables1764770000000, ...migrations],
    });

    expect(drift).toEqual([]);
  });
});
