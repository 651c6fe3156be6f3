import { Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import type { AlertView, InboxQuery } from '@pn/alerts-api';
import { type Caller, visibleEntities } from '@pn/auth';
import { DomainError } from '@pn/errors';

import { Alert } from './alert.entity';
import { alertFacts } from './alert-facts';

/** What a person is addressed as in an alert's recipients: by name and by each role. */
function identities(caller: Caller): string[] {
  return [`user:${caller.username}`, ...caller.roles.map((role) => `role:${role}`)];
}

/** Each user's in-app inbox: the alerts addressed to them in their entities. */
@Injectable()
export class InboxService {
  constructor(private readonly dataSource: DataSource) {}

  async list(caller: Caller, query: InboxQuery) {
    const builder = this.dataSource
      .getRepository(Alert)
      .createQueryBuilder('alert')
      .addSelect(
        'EXISTS (SELECT 1 FROM alert_ack ack WHERE ack.alert_id = alert.id AND ack.username = :username)',
        'alert_acknowledged',
      )
      .where('alert.entity_id IN (:...entities) AND alert.recipients && :identities::text[]', {
        entities: visibleEntities(caller),
        identities: identities(caller),
        username: caller.username,
      })
      .orderBy('alert.raised_at', 'DESC')
      .addOrderBy('alert.id', 'DESC')
      .limit(query.limit);
    if (query.kind) {
      builder.andWhere('alert.kind = :kind', { kind: query.kind });
    }
    if (query.contractId) {
      builder.andWhere('alert.contract_id = :contractId', { contractId: query.contractId });
    }
    if (query.status) {
      builder.andWhere(
        `${query.status === 'open' ? 'NOT ' : ''}EXISTS (SELECT 1 FROM alert_ack ack
          WHERE ack.alert_id = alert.id AND ack.username = :username)`,
      );
    }
    const { entities, raw } = await builder.getRawAndEntities<{ alert_acknowledged: boolean }>();

    return entities.map((alert, index) => toView(alert, raw[index].alert_acknowledged));
  }

  /** Only a recipient acknowledges an alert, and only for themself. */
  async acknowledge(caller: Caller, id: string) {
    const alert = await this.dataSource
      .getRepository(Alert)
      .createQueryBuilder('alert')
      .where('alert.id = :id AND alert.entity_id IN (:...entities)', {
        id,
        entities: visibleEntities(caller),
      })
      .getOne();
    if (!alert) {
      throw DomainError.notFound('alert.not_found', `alert ${id} not found`, { id });
    }
    if (!alert.recipients.some((recipient) => identities(caller).includes(recipient))) {
      throw DomainError.forbidden(
        'alert.not_recipient',
        'this alert is addressed to someone else; only its recipients acknowledge it',
      );
    }
    await this.dataSource.query(
      'INSERT INTO alert_ack (alert_id, username) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [id, caller.username],
    );

    return toView(alert, true);
  }
}

function toView(alert: Alert, acknowledged: boolean): AlertView {
  return {
    ...alertFacts(alert),
    recipients: alert.recipients,
    acknowledged,
    raisedAt: alert.raisedAt.toISOString(),
  };
}
