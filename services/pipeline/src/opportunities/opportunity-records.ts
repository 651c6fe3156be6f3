import { randomUUID } from 'node:crypto';

import { type EntityManager, In } from 'typeorm';

import { type Caller, visibleEntities } from '@pn/auth';
import { DomainError } from '@pn/errors';

import type { Stage } from '../model/stages';
import { Opportunity } from './opportunity.entity';
import { OpportunityTransition } from './opportunity-transition.entity';

/** An opportunity outside the caller's entities does not exist for them: 404, never 403. */
export function opportunityNotFound(id: string): DomainError {
  return DomainError.notFound('opportunity.not_found', `no opportunity ${id} in your entities`, {
    opportunityId: id,
  });
}

/** The opportunity, locked for the change the caller is about to make. */
export async function lockedOpportunity(
  manager: EntityManager,
  caller: Caller,
  id: string,
): Promise<Opportunity> {
  const opportunity = await manager.findOne(Opportunity, {
    where: { id, entityId: In(visibleEntities(caller)) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!opportunity) {
    throw opportunityNotFound(id);
  }

  return opportunity;
}

/** Moves the opportunity and records who moved it, when and why. */
export async function moveTo(
  manager: EntityManager,
  opportunity: Opportunity,
  to: Stage,
  by: string,
  reason: string,
): Promise<void> {
  const at = new Date();
  await manager.insert(OpportunityTransition, {
    id: randomUUID(),
    opportunityId: opportunity.id,
    entityId: opportunity.entityId,
    fromStage: opportunity.stage,
    toStage: to,
    movedBy: by,
    reason,
    movedAt: at,
  });
  await manager.update(Opportunity, { id: opportunity.id }, { stage: to, stageEnteredAt: at });
  opportunity.stage = to;
  opportunity.stageEnteredAt = at;
}

/** A refusal of the pipeline rules as the error the API answers with. */
export function refused(
  refusal: { code: string; reason: string },
  kind: 'conflict' | 'forbidden' | 'validation',
): DomainError {
  return new DomainError(refusal.code, kind, refusal.reason);
}
