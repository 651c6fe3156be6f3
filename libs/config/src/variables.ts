import { z } from 'zod';

/**
 * The variables several services share. Each service composes its own schema from these
 * and its own, so the README's configuration table and the code cannot drift apart.
 */
export const port = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .default(fallback)
    .describe(`HTTP port for the API and health checks, default ${fallback}`);

export const databaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+\/[A-Za-z0-9_-]+$/, 'expected postgres://user@host:port/database')
  .describe(
    "Postgres URL of this service's own database, e.g. postgres://pn@localhost:5432/pn_contracts",
  );

export const natsUrl = z
  .string()
  .regex(/^(nats|tls):\/\/.+/, 'expected nats://host:port')
  .describe('NATS server with JetStream, e.g. nats://127.0.0.1:4222');

export const natsSubjectPrefix = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes')
  .default('pn')
  .describe(
    'first token of every NATS subject and stream name, default pn; lets two stacks share a server',
  );

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info')
  .describe('pino log level, default info');

export const otlpEndpoint = z
  .url()
  .optional()
  .describe('OTLP/HTTP collector base URL; traces are exported only when it is set');

export const serviceBase = {
  LOG_LEVEL: logLevel,
  NATS_SUBJECT_PREFIX: natsSubjectPrefix,
  NATS_URL: natsUrl,
  OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
};

/** What a domain service (one that owns a database) needs in addition to its own settings. */
export const domainServiceSchema = (defaultPort: number) =>
  z.object({ ...serviceBase, DATABASE_URL: databaseUrl, PORT: port(defaultPort) });

export type DomainServiceConfig = z.infer<ReturnType<typeof domainServiceSchema>>;
