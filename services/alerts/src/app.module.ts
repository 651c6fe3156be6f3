import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { InboxEntry, MessagingModule, OutboxEvent } from '@pn/messaging';
import { PersistenceModule } from '@pn/persistence';
import { HealthModule, LoggingModule } from '@pn/platform';

import { migrations } from './migrations';
import { RenewalSchedule } from './renewals/renewal-schedule.entity';
import { RenewalsModule } from './renewals/renewals.module';

@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        HealthModule.forService({ database: true }),
        LoggingModule.forService('alerts', config.LOG_LEVEL),
        MessagingModule.forService({
          service: 'alerts',
          natsUrl: config.NATS_URL,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
        }),
        PersistenceModule.forRoot({
          databaseUrl: config.DATABASE_URL,
          entities: [InboxEntry, OutboxEvent, RenewalSchedule],
          migrations,
        }),
        RenewalsModule,
      ],
    };
  }
}
