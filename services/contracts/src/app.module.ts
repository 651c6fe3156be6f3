import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { DomainServiceModule } from '@pn/platform';

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
        DomainServiceModule.forRoot({
          service: 'contracts',
          config,
          entities: [Contract, LegalEntity, Partner],
          migrations,
        }),
        LegalEntitiesModule,
        PartnersModule,
      ],
    };
  }
}
