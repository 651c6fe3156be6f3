import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { DataSource } from 'typeorm';

import { todayIn } from '@pn/calendar';

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
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sweeper: Sweeper,
    @Inject(ALERTS_CONFIG) private readonly config: AlertsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), this.config.ALERTS_SWEEP_CHECK_MS);
    void this.check();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async check(now: Date = new Date()): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = true;
    try {
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
    } catch (error) {
      this.logger.error(
        `daily sweep check failed, retrying in ${this.config.ALERTS_SWEEP_CHECK_MS} ms: ${String(error)}`,
      );
    } finally {
      this.running = false;
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
