import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';

import { DomainError } from '@pn/errors';

import { type Caller, type Role, ROLES } from './caller';

export interface TokenVerifierOptions {
  /** Base URL the keys are fetched from, e.g. http://keycloak:8080. */
  keycloakUrl: string;
  /** Public base URL the tokens name as issuer, when it differs from keycloakUrl. */
  issuerUrl?: string;
  realm: string;
  audience: string;
}

const ENTITY_GROUP = /^\/entities\/([^/]+)$/;

interface KeycloakClaims extends JWTPayload {
  preferred_username?: string;
  name?: string;
  realm_access?: { roles?: string[] };
  groups?: string[];
}

/**
 * Verifies Keycloak access tokens against the realm's published keys (fetched once and
 * refreshed when an unknown key id appears) and turns them into a Caller.
 */
export class TokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;
  readonly issuer: string;

  constructor(private readonly options: TokenVerifierOptions) {
    const base = options.keycloakUrl.replace(/\/$/, '');
    this.keys = createRemoteJWKSet(
      new URL(`${base}/realms/${options.realm}/protocol/openid-connect/certs`),
      { cooldownDuration: 30_000, timeoutDuration: 5_000 },
    );
    this.issuer = `${(options.issuerUrl ?? base).replace(/\/$/, '')}/realms/${options.realm}`;
  }

  async verify(token: string): Promise<Caller> {
    let claims: KeycloakClaims;
    try {
      const verified = await jwtVerify<KeycloakClaims>(token, this.keys, {
        issuer: this.issuer,
        audience: this.options.audience,
        algorithms: ['RS256'],
        clockTolerance: 5,
      });
      claims = verified.payload;
    } catch (error) {
      throw unauthenticated(error);
    }

    return callerFromClaims(claims);
  }
}

export function callerFromClaims(claims: KeycloakClaims): Caller {
  if (!claims.sub) {
    throw new DomainError('auth.invalid_token', 'unauthenticated', 'the token names no subject');
  }
  const roles = (claims.realm_access?.roles ?? []).filter((role): role is Role =>
    (ROLES as readonly string[]).includes(role),
  );
  const entities = (claims.groups ?? [])
    .map((group) => ENTITY_GROUP.exec(group)?.[1])
    .filter((code): code is string => code !== undefined)
    .sort();

  return {
    subject: claims.sub,
    username: claims.preferred_username ?? claims.sub,
    ...(claims.name ? { name: claims.name } : {}),
    roles,
    entities,
  };
}

function unauthenticated(error: unknown): DomainError {
  const reason =
    error instanceof errors.JWTExpired
      ? 'the token has expired'
      : error instanceof errors.JWTClaimValidationFailed
        ? `the token's ${error.claim} claim is not accepted`
        : error instanceof errors.JWSSignatureVerificationFailed ||
            error instanceof errors.JWKSNoMatchingKey
          ? 'the token is not signed by the realm'
          : error instanceof errors.JOSEAlgNotAllowed
            ? 'the token is signed with an algorithm that is not accepted'
            : 'the token could not be verified';

  return new DomainError('auth.invalid_token', 'unauthenticated', reason);
}
