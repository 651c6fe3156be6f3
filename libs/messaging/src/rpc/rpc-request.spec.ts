import { z } from 'zod';

import { DomainError } from '@pn/errors';

import { parseRpcRequest } from './rpc-request';

const caller = { subject: 's-1', username: 'lee.legal', roles: ['legal'], entities: ['US01'] };
const schema = z.strictObject({ id: z.uuid(), title: z.string().min(1) });

function failure(raw: unknown): DomainError {
  try {
    parseRpcRequest(raw, schema);
  } catch (error) {
    if (error instanceof DomainError) {
      return error;
    }
  }
  throw new Error('expected a validation error');
}

describe('parseRpcRequest', () => {
  it('returns the caller and the typed payload', () => {
    const payload = { id: '4b1d3c1e-8f0a-4c55-9d0e-1f2a3b4c5d6e', title: 'x' };

    expect(parseRpcRequest({ caller, payload }, schema)).toEqual({ caller, payload });
  });

  it('names every invalid payload field, without the payload prefix', () => {
    const error = failure({ caller, payload: { id: 'nope', title: '', extra: 1 } });

    expect(error.code).toBe('validation.failed');
    expect(error.kind).toBe('validation');
    const fields = (error.details?.fields as { field: string }[]).map((field) => field.field);
    expect(fields).toEqual(expect.arrayContaining(['id', 'title', 'extra']));
  });

  it('refuses a request whose caller is missing or has an unknown role', () => {
    expect(failure({ payload: {} }).message).toContain('caller');
    expect(failure({ caller: { ...caller, roles: ['superuser'] }, payload: {} }).message).toContain(
      'caller.roles',
    );
  });
});
