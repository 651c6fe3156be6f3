import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { DomainServiceModule } from '@pn/platform';

/** The opportunity pipeline; its features arrive with the pipeline issue. */
@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DomainServiceModule.forRoot({ service: 'pipeline', config, entities: [], migrations: [] }),
      ],
    };
  }
}
