import { z } from 'zod';

import { DomainError } from '@pn/errors';

export const ROLES = [
  'executive',
  'strategy',
  'legal',
  'finance',
  'operations',
  'admin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** Every role that may change something: all but the read-only auditor. */
export const WRITER_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'auditor');

/**
 * Who is asking: taken from a verified token by the gateway and forwarded with every
 * request, so each service can check roles and entity scope itself.
 */
export const callerSchema = z.strictObject({
  subject: z.string().min(1),
  username: z.string(),
  name: z.string().optional(),
  roles: z.array(z.enum(ROLES)),
  /** Codes of the legal entities the caller may see, e.g. `US01`. */
  entities: z.array(z.string().min(1)),
});

export type Caller = z.infer<typeof callerSchema>;

export function hasAnyRole(caller: Caller, roles: readonly Role[]): boolean {
  return roles.some((role) => caller.roles.includes(role));
}

export function canSeeEntity(caller: Caller, entityId: string): boolean {
  return caller.entities.includes(entityId);
}

/** Services check roles themselves too: a request that bypassed the gateway gets no further. */
export function requireRole(caller: Caller, roles: readonly Role[]): void {
  if (!hasAnyRole(caller, roles)) {
    throw DomainError.forbidden(
      'auth.role_required',
      `this action needs one of the roles: ${roles.join(', ')}`,
      { required: roles },
    );
  }
}

/** An entity the caller may not see does not exist for them: 404, never 403. */
export function entityNotFound(entityId: string): DomainError {
  return DomainError.notFound('entity.not_found', `legal entity ${entityId} not found`, {
    entityId,
  });
}

export function requireEntity(caller: Caller, entityId: string): void {
  if (!canSeeEntity(caller, entityId)) {
    throw entityNotFound(entityId);
  }
}

/**
 * The caller's entities for an `entity_id IN (...)` condition. Postgres refuses an empty
 * `IN ()`, and a caller with no entities must match nothing, so they get a code no entity has.
 */
export function visibleEntities(caller: Caller): string[] {
  return caller.entities.length ? caller.entities : [''];
}
