import { type Caller, hasAnyRole, type Role } from '@pn/auth';
import { DomainError } from '@pn/errors';

/** The service checks roles itself too: a request that bypassed the gateway gets no further. */
export function requireRole(caller: Caller, roles: readonly Role[]): void {
  if (!hasAnyRole(caller, roles)) {
    throw DomainError.forbidden(
      'auth.role_required',
      `this action needs one of the roles: ${roles.join(', ')}`,
      { required: roles },
    );
  }
}

export function entityNotFound(entityId: string): DomainError {
  return DomainError.notFound('entity.not_found', `legal entity ${entityId} not found`, {
    entityId,
  });
}
