import { type DynamicModule, Module } from '@nestjs/common';

import { DomainServiceModule } from '@pn/platform';

import { AlertsModule } from './alerts/alerts.module';
import type { AlertsConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';

@Module({})
export class AppModule {
  static forConfig(config: AlertsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AlertsModule.forConfig(config),
        DomainServiceModule.forRoot({ service: 'alerts', config, entities, migrations }),
      ],
    };
  }
}
