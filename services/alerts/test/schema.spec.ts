import { CreateMessagingTables1764770000000, InboxEntry, OutboxEvent } from '@pn/messaging';
import { schemaDrift } from '@pn/persistence';
import { testDatabaseUrl } from '@pn/testing';

import { migrations } from '../src/migrations';
import { RenewalSchedule } from '../src/renewals/renewal-schedule.entity';

describe('alerts schema (real Postgres)', () => {
  it('is fully described by the committed migrations', async () => {
    const drift = await schemaDrift({
      databaseUrl: testDatabaseUrl(`pn_schema_alerts_${process.pid}`),
      entities: [InboxEntry, OutboxEvent, RenewalSchedule],
      migrations: [CreateMessagingTables1764770000000, ...migrations],
    });

    expect(drift).toEqual([]);
  });
});
