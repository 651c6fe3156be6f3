import { CreateMessagingTables1764770000000, InboxEntry, OutboxEvent } from '@pn/messaging';
import { schemaDrift } from '@pn/persistence';
import { testDatabaseUrl } from '@pn/testing';

import { migrations } from '../src/migrations';
import { ScoredPartner } from '../src/partners/scored-partner.entity';

describe('scoring schema (real Postgres)', () => {
  it('is fully described by the committed migrations', async () => {
    const drift = await schemaDrift({
      databaseUrl: testDatabaseUrl(`pn_schema_scoring_${process.pid}`),
      entities: [InboxEntry, OutboxEvent, ScoredPartner],
      migrations: [CreateMessagingTables1764770000000, ...migrations],
    });

    expect(drift).toEqual([]);
  });
});
