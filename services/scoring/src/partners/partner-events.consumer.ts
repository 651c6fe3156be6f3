import { Injectable, type OnModuleInit } from '@nestjs/common';

import type { EntityManager } from 'typeorm';

import { todayIn } from '@pn/calendar';
import {
  partnerCreated,
  partnerInteractionLogged,
  type PartnerSnapshot,
  partnerStatusChanged,
  partnerUpdated,
} from '@pn/events';
import { EventConsumers, onEvent } from '@pn/messaging';

import { openReview } from '../reviews/open-review';
import { ScoredPartner } from './scored-partner.entity';

/** Keeps scoring's partner list in step with the registry. */
@Injectable()
export class PartnerEventsConsumer implements OnModuleInit {
  constructor(private readonly consumers: EventConsumers) {}

  onModuleInit(): void {
    const keep = (data: PartnerSnapshot, manager: EntityManager) =>
      manager.upsert(
        ScoredPartner,
        {
          partnerId: data.partnerId,
          entityId: data.entityId,
          legalName: data.legalName,
          category: data.category,
          status: data.status,
          capabilities: data.capabilities,
          ownerUsername: data.ownerUsername,
          sponsorUsername: data.sponsorUsername,
        },
        ['partnerId'],
      );
    this.consumers.subscribe({
      durable: 'scoring-partner-events',
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
          if (data.status === 'active') {
            await openReview(manager, data.partnerId, data.entityId, todayIn('UTC'));
          }
        }),
        onEvent(partnerInteractionLogged, async (data, _envelope, manager) => {
          // Decay is measured from the sponsor's latest interaction, whatever order they arrive in.
          if (data.sponsorTookPart) {
            await manager.query(
              `UPDATE scored_partner SET sponsor_last_interaction_on =
                 greatest(sponsor_last_interaction_on, $2::date)
               WHERE partner_id = $1`,
              [data.partnerId, data.occurredOn],
            );
          }
        }),
      ],
    });
  }
}
