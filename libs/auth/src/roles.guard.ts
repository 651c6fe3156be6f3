import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { DomainError } from '@pn/errors';

import { type Caller, hasAnyRole, type Role } from './caller';

const ROLES_KEY = 'pn:roles';
const PUBLIC_KEY = 'pn:public';

/** Any one of these realm roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The route needs no token (health, docs, the web page's shell). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Where the authentication guard leaves the verified caller on the request. */
export interface AuthenticatedRequest {
  caller?: Caller;
}

/**
 * Refuses a caller without one of the route's roles. Routes must declare their roles or
 * be marked public: a route with neither is refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(execution: ExecutionContext): boolean {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const caller = execution.switchToHttp().getRequest<AuthenticatedRequest>().caller;
    if (!caller) {
      throw new DomainError('auth.missing_token', 'unauthenticated', 'a bearer token is required');
    }
    if (!roles || !hasAnyRole(caller, roles)) {
      throw DomainError.forbidden(
        'auth.role_required',
        roles
          ? `this action needs one of the roles: ${roles.join(', ')}`
          : 'this action is not open to any role',
        { required: roles ?? [] },
      );
    }

    return true;
  }

  static isPublic(reflector: Reflector, execution: ExecutionContext): boolean {
    return (
      reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [
        execution.getHandler(),
        execution.getClass(),
      ]) ?? false
    );
  }
}
