import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';

import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Observable } from 'rxjs';

import { contextFromHeaders, runWithLogContext } from '@pn/observability';

import { REQUEST_ID_HEADER } from './rpc-client';

const tracer = trace.getTracer('pn-messaging');

/**
 * Continues the caller's trace in a request handler: the parent comes from the NATS
 * headers the gateway set, and every log line of the handler carries its trace id.
 */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType() !== 'rpc') {
      return next.handle();
    }
    const nats = execution.switchToRpc().getContext<NatsContext>();
    const headers = nats.getHeaders() as { get(key: string): string } | undefined;
    const parent = contextFromHeaders({
      traceparent: headers?.get('traceparent') || undefined,
      tracestate: headers?.get('tracestate') || undefined,
    });
    const subject = nats.getSubject();
    const requestId = headers?.get(REQUEST_ID_HEADER) || undefined;

    return new Observable((subscriber) =>
      context.with(parent, () =>
        tracer.startActiveSpan(`rpc ${subject}`, { kind: SpanKind.SERVER }, (span) =>
          runWithLogContext({ subject, requestId }, () =>
            next.handle().subscribe({
              next: (value) => subscriber.next(value),
              error: (error: unknown) => {
                span.setStatus({ code: SpanStatusCode.ERROR });
                span.end();
                subscriber.error(error);
              },
              complete: () => {
                span.end();
                subscriber.complete();
              },
            }),
          ),
        ),
      ),
    );
  }
}
