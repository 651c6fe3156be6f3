import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { DataSource } from 'typeorm';

import { todayIn } from '@pn/calendar';
import { PeriodicCheck } from '@pn/platform';

import type { AlertsConfig } from '../config';
import { Sweeper } from './sweeper';

export const ALERTS_CONFIG = Symbol('ALERTS_CONFIG');

/**
 * Starts each entity's daily sweep once its local time passes ALERTS_SWEEP_AT. Every
 * replica checks; the claim in Postgres lets one of them run it. A replica that was down
 * at sweep time sweeps at its next check, and the sweep raises all that is overdue.
 */
@Injectable()
export class SweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepScheduler.name);
  private readonly periodic: PeriodicCheck;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sweeper: Sweeper,
    @Inject(ALERTS_CONFIG) private readonly config: AlertsConfig,
  ) {
    this.periodic = new PeriodicCheck(
      'daily sweep check',
      config.ALERTS_SWEEP_CHECK_MS,
      () => this.sweepDueEntities(new Date()),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  onApplicationShutdown(): void {
    this.periodic.stop();
  }

  /** Sweeps each entity whose local sweep time has passed and whose sweep nobody claimed. */
  private async sweepDueEntities(now: Date): Promise<void> {
    const entities = await this.dataSource.query<{ entity_id: string; time_zone: string }[]>(
      `SELECT DISTINCT entity_id, entity_time_zone AS time_zone FROM renewal_schedule`,
    );
    for (const { entity_id: entityId, time_zone: timeZone } of entities) {
      if (localTime(timeZone, now) < this.config.ALERTS_SWEEP_AT) {
        continue;
      }
      const today = todayIn(timeZone, now);
      if (await this.sweeper.claim(entityId, today)) {
        await this.sweeper.sweep(entityId, today);
      }
    }
  }
}

function localTime(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
}
