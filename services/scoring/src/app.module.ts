import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { DomainServiceModule } from '@pn/platform';

import { migrations } from './migrations';
import { PartnersModule } from './partners/partners.module';
import { ScoredPartner } from './partners/scored-partner.entity';

/** Relationship scoring; its models and analytics arrive with the scoring issue. */
@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DomainServiceModule.forRoot({
          service: 'scoring',
          config,
          entities: [ScoredPartner],
          migrations,
        }),
        PartnersModule,
      ],
    };
  }
}
