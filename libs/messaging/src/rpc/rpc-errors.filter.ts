import { type ArgumentsHost, Catch, Logger, type RpcExceptionFilter } from '@nestjs/common';

import { type Observable, throwError } from 'rxjs';

import { DomainError, type ErrorBody } from '@pn/errors';

/**
 * Turns whatever a handler threw into an error body the gateway understands. Domain errors
 * keep their code; anything else is a defect, logged here with its stack and answered as
 * `internal.unexpected` without leaking internals to the caller.
 */
@Catch()
export class RpcErrorsFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('RpcErrors');

  catch(error: unknown, host: ArgumentsHost): Observable<ErrorBody> {
    if (error instanceof DomainError) {
      return throwError(() => error.toBody());
    }
    const subject =
      host.getType() === 'rpc'
        ? host.switchToRpc().getContext<{ getSubject?: () => string }>().getSubject?.()
        : undefined;
    this.logger.error(
      `unexpected failure handling ${subject ?? 'a request'}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );

    return throwError(() =>
      new DomainError(
        'internal.unexpected',
        'internal',
        'the service failed unexpectedly',
      ).toBody(),
    );
  }
}
