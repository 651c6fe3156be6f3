import { z } from 'zod';

import { domainServiceSchema } from '@pn/config';

import { parseRoleMailboxes } from './deliveries/role-mailboxes';

export const alertsConfigSchema = domainServiceSchema(3004).extend({
  ALERTS_SWEEP_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM')
    .default('06:00')
    .describe("local time in each entity's zone after which its daily sweep runs, default 06:00"),
  ALERTS_SWEEP_CHECK_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(3_600_000)
    .default(60_000)
    .describe('how often each replica checks whether a sweep is due, default 60000'),
  ALERTS_SMTP_URL: z
    .url()
    .optional()
    .describe('SMTP server for alert emails, e.g. smtp://mail:25; unset: no emails (inbox only)'),
  ALERTS_MAIL_FROM: z
    .string()
    .default('Partner Network <alerts@partner-network.example>')
    .describe('sender of alert emails'),
  ALERTS_EMAIL_ADDRESS_TEMPLATE: z
    .string()
    .regex(/\{username\}/, 'must contain {username}')
    .default('{username}@partner-network.example')
    .describe("a user's email address, built from the username"),
  ALERTS_ROLE_MAILBOXES: z
    .string()
    .default('')
    .transform(parseRoleMailboxes)
    .describe(
      'shared mailboxes for role recipients, e.g. legal=legal@x.example,finance@UK01=uk-fin@x.example; unset: roles read their inbox',
    ),
  ALERTS_DELIVERY_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  ALERTS_DELIVERY_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(8)
    .default(4)
    .describe('deliveries each replica sends at once, default 4'),
  ALERTS_DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  ALERTS_DELIVERY_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(3_600_000)
    .default(30_000)
    .describe('first retry delay; each retry waits twice as long as the one before'),
});

export type AlertsConfig = z.infer<typeof alertsConfigSchema>;
