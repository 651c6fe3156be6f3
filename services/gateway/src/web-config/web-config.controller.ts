import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

import { Public } from '@pn/auth';

import { type GatewayConfig } from '../config';

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

/** What the browser needs to sign in: where Keycloak is and which client to use. */
@ApiExcludeController()
@Controller()
export class WebConfigController {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  @Get('web-config.json')
  @Public()
  webConfig(): { issuer: string; clientId: string } {
    const base = (this.config.KEYCLOAK_ISSUER_URL ?? this.config.KEYCLOAK_URL).replace(/\/$/, '');

    return {
      issuer: `${base}/realms/${this.config.KEYCLOAK_REALM}`,
      clientId: this.config.WEB_CLIENT_ID,
    };
  }
}
