import { Injectable, type OnModuleInit } from '@nestjs/common';

import type { EntityManager } from 'typeorm';

import { todayIn } from '@pn/calendar';
import { DomainError } from '@pn/errors';
import { type EventEnvelope, financialsReported, kpisReported } from '@pn/events';
import { EventConsumers, onEvent, UnprocessableEvent } from '@pn/messaging';

import { ScoredPartner } from '../partners/scored-partner.entity';
import { rescore } from '../scores/rescore';
import { storeFinancials, storeKpis } from './store-inputs';

// An unknown partner may only be an event of the partner's creation still on its way, so it
// is retried a few times (1 s, then 2 s) before it is dead-lettered.
const DELIVERIES = 3;

/**
 * Takes financials and KPIs that finance and operations systems publish to the inbound
 * stream: stored like those given through the API (the event's source is the supplier) and
 * the partner rescored. An event that can never be taken is dead-lettered with its reason.
 */
@Injectable()
export class InboundInputsConsumer implements OnModuleInit {
  constructor(private readonly consumers: EventConsumers) {}

  onModuleInit(): void {
    this.consumers.subscribe({
      durable: 'scoring-inbound-inputs',
      source: 'inbound',
      maxDeliveries: DELIVERIES,
      handlers: [
        onEvent(financialsReported, async (data, envelope, manager) => {
          const partner = await partnerOf(manager, data.partnerId, envelope);
          await refusing(() =>
            storeFinancials(
              manager,
              partner,
              { ...data, source: envelope.source },
              envelope.source,
            ),
          );
          await rescore(manager, partner.partnerId, 'financials', todayIn('UTC'));
        }),
        onEvent(kpisReported, async (data, envelope, manager) => {
          const partner = await partnerOf(manager, data.partnerId, envelope);
          await refusing(() =>
            storeKpis(manager, partner, { ...data, source: envelope.source }, envelope.source),
          );
          await rescore(manager, partner.partnerId, 'kpis', todayIn('UTC'));
        }),
      ],
    });
  }
}

async function partnerOf(
  manager: EntityManager,
  partnerId: string,
  envelope: EventEnvelope,
): Promise<ScoredPartner> {
  const partner = await manager.findOneBy(ScoredPartner, { partnerId });
  if (!partner) {
    throw new Error(`no partner ${partnerId} known to scoring (yet)`);
  }
  if (partner.entityId !== envelope.entityId) {
    throw new UnprocessableEvent(
      `partner ${partnerId} belongs to ${partner.entityId}, not ${envelope.entityId}`,
    );
  }

  return partner;
}

/** An input the API would refuse (a month not begun, a second currency) is refused for good. */
async function refusing(store: () => Promise<void>): Promise<void> {
  try {
    await store();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'validation') {
      throw new UnprocessableEvent(error.message);
    }
    throw error;
  }
}
