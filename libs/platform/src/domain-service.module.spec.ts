import { CreateMessagingTables1764770000000, InboxEntry, OutboxEvent } from '@pn/messaging';

import { DomainServiceModule } from './domain-service.module';

class Thing {}
class CreateThings1 {}

describe('DomainServiceModule', () => {
  it('puts the outbox and inbox before the service’s entities and their migration first', () => {
    const module = DomainServiceModule.forRoot({
      service: 'alerts',
      config: {
        DATABASE_URL: 'postgres://pn@localhost:5432/pn_alerts',
        LOG_LEVEL: 'info',
        NATS_SUBJECT_PREFIX: 'pn',
        NATS_URL: 'nats://127.0.0.1:4222',
        PORT: 3004,
      },
      entities: [Thing],
      migrations: [CreateThings1],
    });

    const persistence = DomainServiceModule.persistenceOptions(module);

    expect(persistence.entities).toEqual([InboxEntry, OutboxEvent, Thing]);
    expect(persistence.migrations).toEqual([CreateMessagingTables1764770000000, CreateThings1]);
  });
});
