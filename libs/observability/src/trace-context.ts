import { type Context, context, propagation, trace } from '@opentelemetry/api';

/** Headers (`traceparent`, `tracestate`) that carry the active trace to another process. */
export function currentTraceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);

  return carrier;
}

/** The W3C `traceparent` of the active span, if there is one. */
export function currentTraceparent(): string | undefined {
  return currentTraceHeaders().traceparent;
}

export function currentTraceId(): string | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();

  return spanContext && spanContext.traceId !== '00000000000000000000000000000000'
    ? spanContext.traceId
    : undefined;
}

/** The context a message's headers describe, to be used as the parent of its handling. */
export function contextFromHeaders(headers: Record<string, string | undefined>): Context {
  const carrier = Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

  return propagation.extract(context.active(), carrier);
}
