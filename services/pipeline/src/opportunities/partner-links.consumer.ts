import { Injectable, type OnModuleInit } from '@nestjs/common';

import type { EntityManager } from 'typeorm';

import { partnerCreated, type PartnerSnapshot, partnerUpdated } from '@pn/events';
import { EventConsumers, onEvent } from '@pn/messaging';

import { Opportunity } from './opportunity.entity';

/** Links a decided opportunity to the partner its go decision brought in, from partner events. */
@Injectable()
export class PartnerLinksConsumer implements OnModuleInit {
  constructor(private readonly consumers: EventConsumers) {}

  onModuleInit(): void {
    const link = async (data: PartnerSnapshot, manager: EntityManager) => {
      if (data.originOpportunityId) {
        await manager.update(
          Opportunity,
          { id: data.originOpportunityId },
          { partnerId: data.partnerId },
        );
      }
    };
    this.consumers.subscribe({
      durable: 'pipeline-partner-events',
      source: 'contracts',
      handlers: [
        onEvent(partnerCreated, async (data, _envelope, manager) => link(data, manager)),
        onEvent(partnerUpdated, async (data, _envelope, manager) => link(data, manager)),
      ],
    });
  }
}
