import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';

import {
  partnerCreated,
  type PartnerSnapshot,
  partnerStatusChanged,
  partnerUpdated,
} from '@pn/events';
import { EventConsumers, type EventHandler, onEvent } from '@pn/messaging';

import { DELIVERY_TARGETS } from '../deliveries/delivery-targets';
import type { DeliveryTargets } from '../deliveries/plan-deliveries';
import { PartnerContact } from './partner-contact.entity';
import { readdress } from './recipients';

/** Keeps each partner's owner and sponsor, the people alerts are addressed to. */
@Injectable()
export class PartnerEventsConsumer implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    @Inject(DELIVERY_TARGETS) private readonly targets: DeliveryTargets,
  ) {}

  onModuleInit(): void {
    const keep = async (data: PartnerSnapshot, manager: Parameters<EventHandler['handle']>[2]) => {
      const contact = {
        partnerId: data.partnerId,
        entityId: data.entityId,
        ownerUsername: data.ownerUsername,
        sponsorUsername: data.sponsorUsername,
      };
      await manager.upsert(PartnerContact, contact, ['partnerId']);
      await readdress(manager, contact, this.targets);
    };
    this.consumers.subscribe({
      durable: 'alerts-partner-events',
      source: 'contracts',
      handlers: [
        onEvent(partnerCreated, async (data, _envelope, manager) => {
          await keep(data, manager);
        }),
        onEvent(partnerUpdated, async (data, _envelope, manager) => {
          await keep(data, manager);
        }),
        onEvent(partnerStatusChanged, async (data, _envelope, manager) => {
          await keep(data, manager);
        }),
      ],
    });
  }
}
