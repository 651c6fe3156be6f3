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
    throw validationFailure(parsed.error.issues, 'payload');
  }

  return parsed.data as RpcRequest<z.infer<S>>;
}

/**
 * One validation error naming every field at fault, in the message for people and in
 * `details.fields` for programs. Paths are given relative to `root` when they start with it.
 */
export function validationFailure(issues: readonly z.core.$ZodIssue[], root?: string): DomainError {
  const fields = issues.flatMap((issue) => {
    const path = issue.path.slice(root !== undefined && issue.path[0] === root ? 1 : 0).map(String);
    // An unknown field is named as itself, not as a problem of the object around it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        problem: 'is not a field of this request',
      }));
    }

    return [{ field: path.join('.'), problem: issue.message }];
  });

  return DomainError.validation(
    `invalid request: ${fields.map((field) => `${field.field || '(body)'} ${field.problem}`).join('; ')}`,
    { fields },
  );
}
