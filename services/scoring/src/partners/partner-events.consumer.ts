import { Injectable, type OnModuleInit } from '@nestjs/common';

import { partnerCreated } from '@pn/events';
import { EventConsumers, onEvent } from '@pn/messaging';

import { ScoredPartner } from './scored-partner.entity';

/** Keeps scoring's partner list in step with the registry. */
@Injectable()
export class PartnerEventsConsumer implements OnModuleInit {
  constructor(private readonly consumers: EventConsumers) {}

  onModuleInit(): void {
    this.consumers.subscribe({
      durable: 'scoring-partner-events',
      source: 'contracts',
      handlers: [
        onEvent(partnerCreated, async (data, _envelope, manager) => {
          await manager.upsert(
            ScoredPartner,
            {
              partnerId: data.partnerId,
              entityId: data.entityId,
              legalName: data.legalName,
              category: data.category,
              status: data.status,
            },
            ['partnerId'],
          );
        }),
      ],
    });
  }
}
