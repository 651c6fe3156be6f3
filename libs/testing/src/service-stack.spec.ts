import { ServiceStack } from './service-stack';

describe('ServiceStack', () => {
  const stack = new ServiceStack({
    stateDir: '/tmp/pn-service-stack-spec',
    basePort: 3100,
    databasePrefix: 'pn_e2e',
    subjectPrefix: 'pntest',
    postgresUrl: 'postgres://postgres@127.0.0.1:5432',
    natsUrl: 'nats://127.0.0.1:4222',
    keycloakUrl: 'http://localhost:8180',
  });

  it('places the gateway on the base port and the services after it', () => {
    expect(
      ['gateway', 'contracts', 'scoring', 'pipeline', 'alerts'].map((service) =>
        stack.port(service as never),
      ),
    ).toEqual([3100, 3101, 3102, 3103, 3104]);
  });

  it('gives each domain service its own database and the gateway none', () => {
    expect(stack.envFor('alerts').DATABASE_URL).toBe(
      'postgres://postgres@127.0.0.1:5432/pn_e2e_alerts',
    );
    expect(stack.envFor('gateway').DATABASE_URL).toBeUndefined();
    expect(stack.envFor('gateway').KEYCLOAK_URL).toBe('http://localhost:8180');
    expect(stack.envFor('contracts').NATS_SUBJECT_PREFIX).toBe('pntest');
  });

  it('reports a service that was never started as not running', async () => {
    expect(stack.isRunning('scoring')).toBe(false);
    await expect(stack.stop('scoring')).resolves.toBe('not-running');
  });
});
