import { type DynamicModule, Module } from '@nestjs/common';

import { DomainServiceModule } from '@pn/platform';

import { SCORING_CONFIG, type ScoringConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';
import { PartnersModule } from './partners/partners.module';
import { ScoringModule } from './scores/scoring.module';

/** Relationship health: inputs, versioned models, explained scores and the actions they open. */
@Module({})
export class AppModule {
  static forConfig(config: ScoringConfig): DynamicModule {
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
      providers: [{ provide: SCORING_CONFIG, useValue: config }],
      exports: [SCORING_CONFIG],
      global: true,
    };
  }
}
