import { trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';

import { currentLogContext } from './log-context';

/** Paths that never reach a log line, whatever a caller passes in. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.secret',
  '*.token',
  '*.accessToken',
  '*.access_token',
  '*.client_secret',
];

/**
 * The JSON logger of a service. Every line carries the service, the trace and span ids of
 * the work in progress and, where known, the legal entity it concerns, so an on-call person
 * can follow one request across services with a single search.
 */
export function createLogger(
  service: string,
  level = 'info',
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin() {
      const spanContext = trace.getActiveSpan()?.spanContext();
      const { entityId, subject } = currentLogContext();

      return {
        ...(spanContext ? { trace_id: spanContext.traceId, span_id: spanContext.spanId } : {}),
        ...(entityId ? { entity_id: entityId } : {}),
        ...(subject ? { subject } : {}),
      };
    },
  };

  return destination ? pino(options, destination) : pino(options);
}
