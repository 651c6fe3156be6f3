import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { DomainServiceModule } from '@pn/platform';

import { AuditModule } from './audit/audit.module';
import { ContractsModule } from './contracts/contracts.module';
import { entities } from './entities';
import { GovernanceModule } from './governance/governance.module';
import { ImportsModule } from './imports/imports.module';
import { InteractionsModule } from './interactions/interactions.module';
import { LegalEntitiesModule } from './legal-entities/legal-entities.module';
import { migrations } from './migrations';
import { PartnersModule } from './partners/partners.module';

@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AuditModule,
        ContractsModule,
        DomainServiceModule.forRoot({
          service: 'contracts',
          config,
          entities,
          migrations,
        }),
        GovernanceModule,
        ImportsModule,
        InteractionsModule,
        LegalEntitiesModule,
        PartnersModule,
      ],
    };
  }
}
