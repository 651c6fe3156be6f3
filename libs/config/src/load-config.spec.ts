import { ConfigError, loadConfig } from './load-config';
import { domainServiceSchema } from './variables';

const valid = {
  DATABASE_URL: 'postgres://pn@localhost:5432/pn_contracts',
  NATS_URL: 'nats://127.0.0.1:4222',
};

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  const schema = domainServiceSchema(3001);

  it('returns typed values with defaults filled in', () => {
    const config = loadConfig(schema, valid);

    expect(config).toEqual({
      ...valid,
      LOG_LEVEL: 'info',
      NATS_SUBJECT_PREFIX: 'pn',
      PORT: 3001,
    });
  });

  it('names a missing variable in one line', () => {
    const error = errorOf(() => loadConfig(schema, { NATS_URL: valid.NATS_URL }));

    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toMatch(/^configuration error: DATABASE_URL is required \(Postgres URL/);
    expect(error.message).not.toContain('\n');
  });

  it('treats an empty value as missing', () => {
    const error = errorOf(() => loadConfig(schema, { ...valid, DATABASE_URL: '' }));

    expect(error.message).toContain('DATABASE_URL is required');
  });

  it.each([
    ['PORT', 'seventy'],
    ['PORT', '70000'],
    ['NATS_URL', 'http://localhost:4222'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://root@localhost/x'],
  ])('names a malformed %s=%s', (variable, value) => {
    const error = errorOf(() => loadConfig(schema, { ...valid, [variable]: value }));

    expect(error.variable).toBe(variable);
    expect(error.message).toContain(`${variable} is invalid`);
  });
});
