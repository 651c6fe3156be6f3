import { z } from 'zod';

import { type Caller, callerSchema } from '@pn/auth';
import { DomainError } from '@pn/errors';

/** What travels in every request: who asks (forwarded by the gateway) and what they ask. */
export interface RpcRequest<P = unknown> {
  caller: Caller;
  payload: P;
}

/**
 * Validates a request on receipt. Services never trust that the gateway validated for
 * them; a failure names every offending field.
 */
export function parseRpcRequest<S extends z.ZodType>(
  raw: unknown,
  payloadSchema: S,
): RpcRequest<z.infer<S>> {
  const parsed = z.object({ caller: callerSchema, payload: payloadSchema }).safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      field: issue.path
        .slice(issue.path[0] === 'payload' ? 1 : 0)
        .map(String)
        .join('.'),
      problem: issue.message,
    }));
    throw DomainError.validation(
      `invalid request: ${fields.map((field) => `${field.field || '(body)'} ${field.problem}`).join('; ')}`,
      { fields },
    );
  }

  return parsed.data as RpcRequest<z.infer<S>>;
}
