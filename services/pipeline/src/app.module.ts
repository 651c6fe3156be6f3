import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { DomainServiceModule } from '@pn/platform';

import { entities } from './entities';
import { migrations } from './migrations';
import { OpportunitiesModule } from './opportunities/opportunities.module';

/** The partnership opportunity pipeline: qualification, scoring, staged approvals, decisions. */
@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DomainServiceModule.forRoot({ service: 'pipeline', config, entities, migrations }),
        OpportunitiesModule,
      ],
    };
  }
}
