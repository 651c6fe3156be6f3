import type { Logger } from '@nestjs/common';

/**
 * Runs a check now and then every `everyMs`, never two at once in one process (a slow check
 * is not stacked on by the next tick), logging a failure with when it is tried again. Work
 * shared between replicas must still be claimed in the database by the check itself.
 */
export class PeriodicCheck {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly what: string,
    private readonly everyMs: number,
    private readonly check: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.run(), this.everyMs);
    void this.run();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One check, unless one is already running; resolves once it has finished. */
  async run(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = true;
    try {
      await this.check();
    } catch (error) {
      this.logger.error(`${this.what} failed, retrying in ${this.everyMs} ms: ${String(error)}`);
    } finally {
      this.running = false;
    }
  }
}
