import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClientProxy, NatsRecordBuilder } from '@nestjs/microservices';

import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { headers as natsHeaders } from 'nats';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';

import type { Caller } from '@pn/auth';
import { DomainError, isErrorBody } from '@pn/errors';
import { currentLogContext, currentTraceHeaders } from '@pn/observability';

import { rpcSubject } from './rpc-subject';

export const RPC_TRANSPORT = Symbol('RPC_TRANSPORT');
export const RPC_TIMEOUT_MS = Symbol('RPC_TIMEOUT_MS');
/** The id of the HTTP request a command came from, for logs and the audit trail. */
export const REQUEST_ID_HEADER = 'Pn-Request-Id';
const tracer = trace.getTracer('pn-messaging');

/**
 * Request/reply over NATS with the caller and the trace attached and a deadline on every
 * call. Nest's `send()` would otherwise wait for ever on a service that never answers.
 */
@Injectable()
export class RpcClient {
  private readonly logger = new Logger(RpcClient.name);

  constructor(
    @Inject(RPC_TRANSPORT) private readonly transport: ClientProxy,
    @Inject(RPC_TIMEOUT_MS) private readonly timeoutMs: number,
  ) {}

  /**
   * `timeoutMs` overrides the configured deadline for a request known to take long, such
   * as a bulk import; the default suits every interactive request.
   */
  async request<T>(
    name: string,
    /** Null only for the few requests anyone may make, such as a calendar feed by its secret. */
    caller: Caller | null,
    payload: unknown,
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    const subject = rpcSubject(name);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;

    return tracer.startActiveSpan(`rpc ${subject}`, { kind: SpanKind.CLIENT }, async (span) => {
      const headers = natsHeaders();
      for (const [key, value] of Object.entries(currentTraceHeaders())) {
        headers.set(key, value);
      }
      const { requestId } = currentLogContext();
      if (requestId) {
        headers.set(REQUEST_ID_HEADER, requestId);
      }
      const record = new NatsRecordBuilder({ caller, payload }).setHeaders(headers).build();
      try {
        return await firstValueFrom(
          this.transport.send<T>(subject, record).pipe(timeout({ first: timeoutMs })),
        );
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw this.translate(name, error, timeoutMs);
      } finally {
        span.end();
      }
    });
  }

  private translate(name: string, error: unknown, timeoutMs: number): DomainError {
    if (error instanceof TimeoutError) {
      const service = name.split('.')[0];
      this.logger.warn(`${name}: no answer from ${service} within ${timeoutMs} ms`);

      return new DomainError(
        'service.timeout',
        'timeout',
        `the ${service} service did not answer within ${timeoutMs} ms`,
        { service },
      );
    }
    if (isErrorBody(error)) {
      return DomainError.fromBody(error);
    }
    this.logger.error(`${name}: request failed: ${String(error)}`);

    return new DomainError(
      'service.unavailable',
      'unavailable',
      'the service could not be reached',
      {
        service: name.split('.')[0],
      },
    );
  }
}
