import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { DomainServiceModule } from '@pn/platform';

import { migrations } from './migrations';
import { RenewalSchedule } from './renewals/renewal-schedule.entity';
import { RenewalsModule } from './renewals/renewals.module';

@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DomainServiceModule.forRoot({
          service: 'alerts',
          config,
          entities: [RenewalSchedule],
          migrations,
        }),
        RenewalsModule,
      ],
    };
  }
}
