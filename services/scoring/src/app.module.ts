import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { DomainServiceModule } from '@pn/platform';

import { entities } from './entities';
import { migrations } from './migrations';
import { PartnersModule } from './partners/partners.module';
import { ScoringModule } from './scores/scoring.module';

/** Relationship health: inputs, versioned models, explained scores and the actions they open. */
@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DomainServiceModule.forRoot({
          service: 'scoring',
          config,
          entities,
          migrations,
        }),
        PartnersModule,
        ScoringModule,
      ],
    };
  }
}
