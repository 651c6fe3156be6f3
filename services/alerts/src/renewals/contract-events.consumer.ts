import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { contractCreated } from '@pn/events';
import { EventConsumers, onEvent } from '@pn/messaging';

import { RenewalSchedule } from './renewal-schedule.entity';

/** Keeps the renewal schedule in step with the contracts service's events. */
@Injectable()
export class ContractEventsConsumer implements OnModuleInit {
  private readonly logger = new Logger(ContractEventsConsumer.name);

  constructor(private readonly consumers: EventConsumers) {}

  onModuleInit(): void {
    this.consumers.subscribe({
      durable: 'alerts-contract-events',
      source: 'contracts',
      handlers: [
        onEvent(contractCreated, async (data, envelope, manager) => {
          await manager.upsert(
            RenewalSchedule,
            {
              contractId: data.contractId,
              entityId: data.entityId,
              entityTimeZone: data.entityTimeZone,
              partnerId: data.partnerId,
              partnerName: data.partnerName,
              partnerCategory: data.partnerCategory,
              title: data.title,
              effectiveDate: data.effectiveDate,
              initialTermMonths: data.initialTermMonths,
              renewalType: data.renewalType,
              renewalTermMonths: data.renewalTermMonths,
              noticeDays: data.noticeDays,
              sourceEventId: envelope.id,
            },
            ['contractId'],
          );
          this.logger.log(`renewal schedule added for contract ${data.contractId}`);
        }),
      ],
    });
  }
}
