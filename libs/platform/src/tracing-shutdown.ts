import { Injectable, type OnApplicationShutdown } from '@nestjs/common';

import { stopTracing } from '@pn/observability';

/**
 * Flushes buffered spans as the application closes. Nest re-raises SIGTERM after closing,
 * which ends the process without a `beforeExit`, so the flush must happen here.
 */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await stopTracing();
  }
}
