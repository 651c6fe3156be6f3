import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { RolesGuard, TokenVerifier } from '@pn/auth';

import type { GatewayConfig } from '../config';
import { AuthenticationGuard } from './authentication.guard';

@Module({})
export class AuthModule {
  static forConfig(config: GatewayConfig): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        {
          provide: TokenVerifier,
          useValue: new TokenVerifier({
            keycloakUrl: config.KEYCLOAK_URL,
            issuerUrl: config.KEYCLOAK_ISSUER_URL,
            realm: config.KEYCLOAK_REALM,
            audience: config.AUTH_AUDIENCE,
          }),
        },
        // Order matters: who you are, then what you may do.
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
    };
  }
}
