import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

import { Public } from '@pn/auth';
import { MessagingHealth } from '@pn/messaging';

export const HEALTH_CHECKS_DATABASE = Symbol('HEALTH_CHECKS_DATABASE');

/**
 * Liveness says the process runs; readiness says it can do its work now: its database,
 * NATS and JetStream answer. Orchestrators restart on the first, route on the second.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly messaging: MessagingHealth,
    @Inject(HEALTH_CHECKS_DATABASE) private readonly checksDatabase: boolean,
    @Optional() private readonly database?: TypeOrmHealthIndicator,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      ...(this.checksDatabase && this.database
        ? [() => this.database!.pingCheck('postgres', { timeout: 2_000 })]
        : []),
      () => this.messaging.nats(),
      () => this.messaging.jetstream(),
    ]);
  }
}
