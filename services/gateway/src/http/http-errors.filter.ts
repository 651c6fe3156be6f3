import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';

import type { Response } from 'express';

import { DomainError } from '@pn/errors';
import { currentTraceId } from '@pn/observability';

import { STATUS_BY_KIND } from './error-status';

/**
 * Every error leaves the gateway as `{code, message, details, traceId}`: the code for
 * programs, the message for people, the trace id for whoever debugs it.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(error);
    if (status >= 500) {
      this.logger.error(`${status} ${body.code}: ${body.message}`);
    }
    response.status(status).json({ ...body, traceId: currentTraceId() ?? null });
  }

  private describe(error: unknown): {
    status: number;
    body: { code: string; message: string; details: Record<string, unknown> | null };
  } {
    if (error instanceof DomainError) {
      return {
        status: STATUS_BY_KIND[error.kind],
        body: { code: error.code, message: error.message, details: error.details ?? null },
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();

      return {
        status,
        body: {
          code: `http.${HttpStatus[status]?.toLowerCase() ?? status}`,
          message: error.message,
          details: null,
        },
      };
    }
    this.logger.error(
      `unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );

    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: {
        code: 'internal.unexpected',
        message: 'the gateway failed unexpectedly',
        details: null,
      },
    };
  }
}
