import { MessagePattern, Payload } from '@nestjs/microservices';

import { z } from 'zod';

import {
  alertPolicySchema,
  alertPolicyScope,
  inboxQuery,
  recordDecisionSchema,
  runSweepSchema,
} from '@pn/alerts-api';
import { entityNotFound, requireEntity, requireRole } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { parseRpcRequest, RpcController, rpcSubject } from '@pn/messaging';

import { AlertPoliciesService } from './alert-policies.service';
import { DecisionsService } from './decisions.service';
import { InboxService } from './inbox.service';
import { Sweeper } from './sweeper';

@RpcController()
export class AlertsHandler {
  constructor(
    private readonly inbox: InboxService,
    private readonly decisions: DecisionsService,
    private readonly sweeper: Sweeper,
    private readonly policies: AlertPoliciesService,
  ) {}

  @MessagePattern(rpcSubject('alerts.policy.get'))
  policy(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, alertPolicyScope.pick({ entityId: true }));

    return this.policies.effective(caller, payload.entityId);
  }

  @MessagePattern(rpcSubject('alerts.policy.set'))
  setPolicy(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      alertPolicyScope.extend({ policy: alertPolicySchema }),
    );

    return this.policies.set(caller, payload, payload.policy);
  }

  @MessagePattern(rpcSubject('alerts.alert.list'))
  list(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, inboxQuery);

    return this.inbox.list(caller, payload);
  }

  @MessagePattern(rpcSubject('alerts.alert.acknowledge'))
  acknowledge(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ id: z.uuid() }));

    return this.inbox.acknowledge(caller, payload.id);
  }

  @MessagePattern(rpcSubject('alerts.decision.record'))
  record(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(
      raw,
      z.strictObject({ contractId: z.uuid(), decision: recordDecisionSchema }),
    );

    return this.decisions.record(caller, payload.contractId, payload.decision);
  }

  @MessagePattern(rpcSubject('alerts.decision.list'))
  decisionsOf(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, z.strictObject({ contractId: z.uuid() }));

    return this.decisions.list(caller, payload.contractId);
  }

  /**
   * Runs an entity's sweep now, outside the daily schedule: after an outage, or to see a
   * policy change take effect. Raising is idempotent, so running it again harms nothing.
   */
  @MessagePattern(rpcSubject('alerts.sweep.run'))
  async sweep(@Payload() raw: unknown) {
    const { caller, payload } = parseRpcRequest(raw, runSweepSchema);
    requireRole(caller, ['admin']);
    requireEntity(caller, payload.entityId);
    const timeZone = await this.sweeper.timeZoneOf(payload.entityId);
    if (timeZone === null) {
      throw entityNotFound(payload.entityId);
    }
    const today = todayIn(timeZone);

    return {
      entityId: payload.entityId,
      today,
      ...(await this.sweeper.sweep(payload.entityId, today)),
    };
  }
}
