import { DomainError } from '@pn/errors';
import { accessToken, infraEnv } from '@pn/testing';

import { TokenVerifier } from '../src/token-verifier';

// Real tokens from the run's Keycloak, verified against its published keys.
describe('TokenVerifier (real Keycloak)', () => {
  const { keycloakUrl } = infraEnv();
  const verifier = (overrides: Partial<ConstructorParameters<typeof TokenVerifier>[0]> = {}) =>
    new TokenVerifier({
      keycloakUrl,
      realm: 'partner-network',
      audience: 'pn-gateway',
      ...overrides,
    });

  async function rejection(check: Promise<unknown>): Promise<DomainError> {
    const error = await check.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof DomainError)) {
      throw new Error(`expected a DomainError, got ${String(error)}`);
    }

    return error;
  }

  it('turns a demo user’s token into a caller with roles and entities', async () => {
    const caller = await verifier().verify(await accessToken('lena.legal'));

    expect(caller).toMatchObject({ username: 'lena.legal', roles: ['legal'], entities: ['UK01'] });
    expect(caller.subject).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a token whose payload was altered', async () => {
    const [header, payload, signature] = (await accessToken('lee.legal')).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { groups: string[] };
    claims.groups = ['/entities/US01', '/entities/UK01'];
    const forged = [
      header,
      Buffer.from(JSON.stringify(claims)).toString('base64url'),
      signature,
    ].join('.');

    const error = await rejection(verifier().verify(forged));

    expect(error.code).toBe('auth.invalid_token');
    expect(error.message).toContain('not signed by the realm');
  });

  it('refuses a token for another audience', async () => {
    const error = await rejection(
      verifier({ audience: 'someone-else' }).verify(await accessToken('lee.legal')),
    );

    expect(error.message).toContain('aud');
  });

  it('refuses a token from another issuer', async () => {
    const error = await rejection(
      verifier({ issuerUrl: 'http://issuer.invalid' }).verify(await accessToken('lee.legal')),
    );

    expect(error.message).toContain('iss');
  });

  it('refuses an unsigned token', async () => {
    const error = await rejection(verifier().verify('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'));

    expect(error.kind).toBe('unauthenticated');
  });
});
