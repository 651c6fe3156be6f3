import { CreateMessagingTables1764770000000, InboxEntry, OutboxEvent } from '@pn/messaging';
import { schemaDrift } from '@pn/persistence';
import { testDatabaseUrl } from '@pn/testing';

describe('pipeline schema (real Postgres)', () => {
  it('has the outbox and inbox exactly as the messaging migration creates them', async () => {
    const drift = await schemaDrift({
      databaseUrl: testDatabaseUrl(`pn_schema_pipeline_${process.pid}`),
      entities: [InboxEntry, OutboxEvent],
      migrations: [CreateMessagingTables1764770000000],
    });

    expect(drift).toEqual([]);
  });
});
