import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { HEALTH_CHECKS_DATABASE, HealthController } from './health.controller';

@Module({})
export class HealthModule {
  /** `database`: whether this service owns a Postgres database that readiness must check. */
  static forService(options: { database: boolean }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [{ provide: HEALTH_CHECKS_DATABASE, useValue: options.database }],
    };
  }
}
