import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import { runWithLogContext } from '@pn/observability';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Gives every request an id (the client's `X-Request-Id` when it is a sensible one), echoes
 * it in the response, and carries it into logs, service calls and audit records.
 */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction) {
  const offered = request.header('x-request-id');
  const requestId = offered && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
  response.setHeader('X-Request-Id', requestId);
  runWithLogContext({ requestId }, next);
}
