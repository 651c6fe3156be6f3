import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { InboxEntry, MessagingModule, OutboxEvent } from '@pn/messaging';
import { PersistenceModule } from '@pn/persistence';
import { HealthModule, LoggingModule } from '@pn/platform';

import { Contract } from './contracts/contract.entity';
import { ContractsModule } from './contracts/contracts.module';
import { LegalEntitiesModule } from './legal-entities/legal-entities.module';
import { LegalEntity } from './legal-entities/legal-entity.entity';
import { migrations } from './migrations';
import { Partner } from './partners/partner.entity';
import { PartnersModule } from './partners/partners.module';

@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ContractsModule,
        HealthModule.forService({ database: true }),
        LegalEntitiesModule,
        LoggingModule.forService('contracts', config.LOG_LEVEL),
        MessagingModule.forService({
          service: 'contracts',
          natsUrl: config.NATS_URL,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
        }),
        PartnersModule,
        PersistenceModule.forRoot({
          databaseUrl: config.DATABASE_URL,
          entities: [Contract, InboxEntry, LegalEntity, OutboxEvent, Partner],
          migrations,
        }),
      ],
    };
  }
}
