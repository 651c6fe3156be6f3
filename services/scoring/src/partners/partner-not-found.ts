import { DomainError } from '@pn/errors';

/** A partner outside the caller's entities does not exist for them: 404, never 403. */
export function partnerNotFound(partnerId: string): DomainError {
  return DomainError.notFound('partner.not_found', `no partner ${partnerId} in your entities`, {
    partnerId,
  });
}
