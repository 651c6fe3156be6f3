import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { DataSource, Repository } from 'typeorm';

import { type Caller, requireRole, type Role } from '@pn/auth';
import type { LogInteraction } from '@pn/contracts-api';
import { partnerInteractionLogged } from '@pn/events';
import { appendToOutbox, OutboxRelay } from '@pn/messaging';

import { appendAudit } from '../audit/audit-trail';
import { PartnersService } from '../partners/partners.service';
import { Interaction } from './interaction.entity';

// Everyone who deals with partners logs what happened; auditors only read.
const INTERACTION_WRITERS: readonly Role[] = [
  'executive',
  'strategy',
  'legal',
  'finance',
  'operations',
  'admin',
];

@Injectable()
export class InteractionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly partners: PartnersService,
    @InjectRepository(Interaction) private readonly interactions: Repository<Interaction>,
  ) {}

  async log(caller: Caller, partnerId: string, command: LogInteraction) {
    requireRole(caller, INTERACTION_WRITERS);

    const interaction = await this.dataSource.transaction(async (manager) => {
      const partner = await this.partners.lockVisible(manager, caller, partnerId);
      const created = manager.create(Interaction, {
        id: randomUUID(),
        entityId: partner.entityId,
        partnerId,
        kind: command.kind,
        occurredOn: command.occurredOn,
        participants: command.participants,
        summary: command.summary,
        recordedBy: caller.username,
      });
      await manager.insert(Interaction, created);
      await appendAudit(manager, {
        entityId: partner.entityId,
        caller,
        action: 'partner.interaction.log',
        aggregateType: 'partner',
        aggregateId: partnerId,
        before: null,
        after: { interactionId: created.id, ...command },
      });
      await appendToOutbox(
        manager,
        partnerInteractionLogged,
        {
          interactionId: created.id,
          partnerId,
          entityId: partner.entityId,
          kind: command.kind,
          occurredOn: command.occurredOn,
          participants: command.participants,
          sponsorTookPart:
            partner.sponsorUsername !== null &&
            command.participants.includes(partner.sponsorUsername),
        },
        { entityId: partner.entityId, subject: partnerId },
      );

      return manager.findOneByOrFail(Interaction, { id: created.id });
    });
    this.relay.notify();

    return toView(interaction);
  }

  async list(caller: Caller, partnerId: string) {
    await this.partners.get(caller, partnerId);
    const interactions = await this.interactions.find({
      where: { partnerId },
      order: { occurredOn: 'DESC', recordedAt: 'DESC' },
    });

    return interactions.map(toView);
  }
}

function toView(interaction: Interaction) {
  return {
    id: interaction.id,
    partnerId: interaction.partnerId,
    entityId: interaction.entityId,
    kind: interaction.kind,
    occurredOn: interaction.occurredOn,
    participants: interaction.participants,
    summary: interaction.summary,
    recordedBy: interaction.recordedBy,
    recordedAt: interaction.recordedAt.toISOString(),
  };
}
