import { type EntityManager, In } from 'typeorm';

import { type Caller, visibleEntities } from '@pn/auth';
import { DomainError } from '@pn/errors';

import { ScoredPartner } from './scored-partner.entity';

/** A partner outside the caller's entities does not exist for them: 404, never 403. */
export function partnerNotFound(partnerId: string): DomainError {
  return DomainError.notFound('partner.not_found', `no partner ${partnerId} in your entities`, {
    partnerId,
  });
}

/** The partner if it is one of the caller's entities', else `partner.not_found`. */
export async function visiblePartner(
  manager: EntityManager,
  caller: Caller,
  partnerId: string,
): Promise<ScoredPartner> {
  const partner = await manager.findOneBy(ScoredPartner, {
    partnerId,
    entityId: In(visibleEntities(caller)),
  });
  if (!partner) {
    throw partnerNotFound(partnerId);
  }

  return partner;
}
