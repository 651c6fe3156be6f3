import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { todayIn } from '@pn/calendar';
import { PeriodicCheck } from '@pn/platform';

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
  private readonly periodic: PeriodicCheck;

  constructor(
    private readonly runner: QuarterlyRunner,
    @Inject(SCORING_CONFIG) config: ScoringConfig,
  ) {
    this.periodic = new PeriodicCheck(
      'quarterly run check',
      config.SCORING_QUARTERLY_CHECK_MS,
      () => this.runDueQuarter(),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  onApplicationShutdown(): void {
    this.periodic.stop();
  }

  private async runDueQuarter(): Promise<void> {
    const today = todayIn('UTC');
    const quarter = quarterOf(today);
    if (await this.runner.claim(quarter)) {
      await this.runner.run(quarter, today);
    }
  }
}
