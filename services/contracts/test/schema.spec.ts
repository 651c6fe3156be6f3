import { CreateMessagingTables1764770000000, InboxEntry, OutboxEvent } from '@pn/messaging';
import { schemaDrift } from '@pn/persistence';
import { testDatabaseUrl } from '@pn/testing';

import { Contract } from '../src/contracts/contract.entity';
import { LegalEntity } from '../src/legal-entities/legal-entity.entity';
import { migrations } from '../src/migrations';
import { Partner } from '../src/partners/partner.entity';

describe('contracts schema (real Postgres)', () => {
  it('is fully described by the committed migrations', async () => {
    const drift = await schemaDrift({
      databaseUrl: testDatabaseUrl(`pn_schema_contracts_${process.pid}`),
      entities: [Contract, InboxEntry, LegalEntity, OutboxEvent, Partner],
      migrations: [CreateMessagingTables1764770000000, ...migrations],
    });

    expect(drift).toEqual([]);
  });
});
