import { ConfigError, loadConfig } from '@pn/config';

import { alertsConfigSchema } from '../config';
import { deliveryTargetsFrom } from './delivery-targets';

const BASE = {
  DATABASE_URL: 'postgres://pn@localhost:5432/pn_alerts',
  NATS_URL: 'nats://127.0.0.1:4222',
  ALERTS_SMTP_URL: 'smtp://127.0.0.1:2525',
};

const targetsWith = (env: Record<string, string>) =>
  deliveryTargetsFrom(loadConfig(alertsConfigSchema, { ...BASE, ...env }));

function problemWith(mailboxes: string): string {
  try {
    targetsWith({ ALERTS_ROLE_MAILBOXES: mailboxes });
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.message;
    }
    throw error;
  }
  throw new Error(`expected ${mailboxes} to be refused`);
}

describe('email targets of alert recipients', () => {
  it('addresses people by the template and roles by their mailboxes, the entity’s own first', () => {
    const { emailAddressOf } = targetsWith({
      ALERTS_ROLE_MAILBOXES: 'legal=legal@example.com, legal@UK01=uk-legal@example.com',
    });

    expect(emailAddressOf?.('user:oli.ops', 'US01')).toBe('oli.ops@partner-network.example');
    expect(emailAddressOf?.('role:legal', 'US01')).toBe('legal@example.com');
    expect(emailAddressOf?.('role:legal', 'UK01')).toBe('uk-legal@example.com');
    expect(emailAddressOf?.('role:finance', 'US01')).toBeNull();
  });

  it('sends no email at all without an SMTP server', () => {
    const config = loadConfig(alertsConfigSchema, {
      DATABASE_URL: BASE.DATABASE_URL,
      NATS_URL: BASE.NATS_URL,
      ALERTS_ROLE_MAILBOXES: 'legal=legal@example.com',
    });

    expect(deliveryTargetsFrom(config).emailAddressOf).toBeNull();
  });

  it.each([
    ['legal', 'is not role=address'],
    ['lawyers=legal@example.com', '"lawyers" in "lawyers=legal@example.com" is not a role'],
    ['legal@U K=legal@example.com', 'is not an entity id'],
    ['finance=finance-at-example', '"finance-at-example" in "finance=finance-at-example" is not'],
    ['legal=a@example.com,legal=b@example.com', '"legal" is given twice'],
  ])('refuses %s, naming the mistake', (mailboxes, problem) => {
    const message = problemWith(mailboxes);

    expect(message).toContain('ALERTS_ROLE_MAILBOXES');
    expect(message).toContain(problem);
  });
});
