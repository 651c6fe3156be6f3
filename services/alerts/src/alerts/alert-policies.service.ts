import { Injectable, Logger } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, requireEntity, requireRole } from '@pn/auth';
import { partnerCategory } from '@pn/events';

import type { AlertPolicy } from './alert-plan';
import { resolvePolicy } from './alert-policies';
import { AlertPolicyRow } from './alert-policy.entity';

/** Alert offsets and escalation per entity and partner category, set by admins. */
@Injectable()
export class AlertPoliciesService {
  private readonly logger = new Logger(AlertPoliciesService.name);

  constructor(private readonly dataSource: DataSource) {}

  /** The policy in force for every category of the entity, and where each comes from. */
  async effective(caller: Caller, entityId: string) {
    requireEntity(caller, entityId);
    const rows = await this.dataSource.getRepository(AlertPolicyRow).findBy({ entityId });

    return partnerCategory.options.map((category) => ({
      category,
      ...resolvePolicy(rows, category),
    }));
  }

  async set(caller: Caller, scope: { entityId: string; category: string }, policy: AlertPolicy) {
    requireRole(caller, ['admin']);
    requireEntity(caller, scope.entityId);
    await this.dataSource.getRepository(AlertPolicyRow).upsert(
      {
        entityId: scope.entityId,
        category: scope.category,
        offsets: [...policy.offsets].sort((a, b) => b - a),
        escalationThresholdDays: policy.escalationThresholdDays,
        escalationRepeatDays: policy.escalationRepeatDays,
        updatedBy: caller.username,
      },
      ['entityId', 'category'],
    );
    // Every contract of the entity is looked at again by the next sweep under the new policy.
    await this.dataSource.query(
      'UPDATE renewal_schedule SET next_due_on = NULL WHERE entity_id = $1',
      [scope.entityId],
    );
    this.logger.log(
      `alert policy of ${scope.entityId}/${scope.category} set by ${caller.username}: offsets ${policy.offsets.join('/')}, escalation below ${policy.escalationThresholdDays} days every ${policy.escalationRepeatDays}`,
    );

    return this.effective(caller, scope.entityId);
  }
}
