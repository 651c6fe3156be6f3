import { type DynamicModule, Module } from '@nestjs/common';

import { CalendarHandler } from '../calendar/calendar.handler';
import { CalendarFeedsService } from '../calendar/calendar-feeds.service';
import type { AlertsConfig } from '../config';
import { DeliveriesHandler } from '../deliveries/deliveries.handler';
import { DeliveriesService } from '../deliveries/deliveries.service';
import { DELIVERY_TARGETS, deliveryTargetsFrom } from '../deliveries/delivery-targets';
import { DeliveryWorker } from '../deliveries/delivery-worker';
import { Senders } from '../deliveries/senders';
import { RenewalsModule } from '../renewals/renewals.module';
import { AlertPoliciesService } from './alert-policies.service';
import { AlertsHandler } from './alerts.handler';
import { DecisionsService } from './decisions.service';
import { InboxService } from './inbox.service';
import { PartnerEventsConsumer } from './partner-events.consumer';
import { ALERTS_CONFIG, SweepScheduler } from './sweep-scheduler';
import { Sweeper } from './sweeper';

/**
 * Raising alerts (daily sweeps and contract events), delivering them (inbox, email,
 * webhooks), and renewal decisions. Global, because the contract events consumer raises
 * alerts too.
 */
@Module({})
export class AlertsModule {
  static forConfig(config: AlertsConfig): DynamicModule {
    return {
      module: AlertsModule,
      global: true,
      imports: [RenewalsModule],
      controllers: [AlertsHandler, CalendarHandler, DeliveriesHandler],
      providers: [
        { provide: ALERTS_CONFIG, useValue: config },
        { provide: DELIVERY_TARGETS, useValue: deliveryTargetsFrom(config) },
        AlertPoliciesService,
        CalendarFeedsService,
        DecisionsService,
        DeliveriesService,
        DeliveryWorker,
        InboxService,
        PartnerEventsConsumer,
        Senders,
        Sweeper,
        SweepScheduler,
      ],
      exports: [ALERTS_CONFIG, DELIVERY_TARGETS],
    };
  }
}
