import { type DynamicModule, Module } from '@nestjs/common';

import type { AlertsConfig } from '../config';
import { AlertsHandler } from './alerts.handler';
import { DecisionsService } from './decisions.service';
import { InboxService } from './inbox.service';
import { PartnerEventsConsumer } from './partner-events.consumer';
import { ALERTS_CONFIG, SweepScheduler } from './sweep-scheduler';
import { Sweeper } from './sweeper';

/** Raising alerts (daily sweeps and contract events), the inbox, and renewal decisions. */
@Module({})
export class AlertsModule {
  static forConfig(config: AlertsConfig): DynamicModule {
    return {
      module: AlertsModule,
      controllers: [AlertsHandler],
      providers: [
        { provide: ALERTS_CONFIG, useValue: config },
        DecisionsService,
        InboxService,
        PartnerEventsConsumer,
        Sweeper,
        SweepScheduler,
      ],
    };
  }
}
