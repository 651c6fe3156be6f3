import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { todayIn } from '@pn/calendar';

import { SCORING_CONFIG, type ScoringConfig } from '../config';
import { quarterOf } from '../model/staleness';
import { QuarterlyRunner } from './quarterly-run';

/**
 * Starts each quarter's run. Every replica checks; the claim in Postgres lets one of them
 * run it. A replica down when the quarter began runs it at its next check.
 */
@Injectable()
export class QuarterlyScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QuarterlyScheduler.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly runner: QuarterlyRunner,
    @Inject(SCORING_CONFIG) private readonly config: ScoringConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), this.config.SCORING_QUARTERLY_CHECK_MS);
    void this.check();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async check(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = true;
    try {
      const today = todayIn('UTC');
      const quarter = quarterOf(today);
      if (await this.runner.claim(quarter)) {
        await this.runner.run(quarter, today);
      }
    } catch (error) {
      this.logger.error(
        `quarterly run check failed, retrying in ${this.config.SCORING_QUARTERLY_CHECK_MS} ms: ${String(error)}`,
      );
    } finally {
      this.running = false;
    }
  }
}
