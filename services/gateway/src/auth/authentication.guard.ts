import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import type { Request } from 'express';

import { type AuthenticatedRequest, RolesGuard, TokenVerifier } from '@pn/auth';
import { DomainError } from '@pn/errors';

/** Verifies the bearer token of every route that is not public and keeps the caller. */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    if (RolesGuard.isPublic(this.reflector, execution)) {
      return true;
    }
    const request = execution.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new DomainError(
        'auth.missing_token',
        'unauthenticated',
        'a bearer token is required in the Authorization header',
      );
    }
    request.caller = await this.verifier.verify(token);

    return true;
  }
}
