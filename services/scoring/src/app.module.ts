import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { InboxEntry, MessagingModule, OutboxEvent } from '@pn/messaging';
import { PersistenceModule } from '@pn/persistence';
import { HealthModule, LoggingModule } from '@pn/platform';

import { migrations } from './migrations';
import { PartnersModule } from './partners/partners.module';
import { ScoredPartner } from './partners/scored-partner.entity';

/** The opportunity scoring; its features arrive with the scoring issue. */
@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        HealthModule.forService({ database: true }),
        LoggingModule.forService('scoring', config.LOG_LEVEL),
        MessagingModule.forService({
          service: 'scoring',
          natsUrl: config.NATS_URL,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
        }),
        PartnersModule,
        PersistenceModule.forRoot({
          databaseUrl: config.DATABASE_URL,
          entities: [InboxEntry, OutboxEvent, ScoredPartner],
          migrations,
        }),
      ],
    };
  }
}
