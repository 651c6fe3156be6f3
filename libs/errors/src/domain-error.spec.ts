import { DomainError } from './domain-error';

describe('DomainError', () => {
  it('survives a round trip through its wire body', () => {
    const error = DomainError.notFound('contract.not_found', 'contract c1 not found', { id: 'c1' });

    const rebuilt = DomainError.fromBody(JSON.parse(JSON.stringify(error.toBody())));

    expect(rebuilt).toBeInstanceOf(DomainError);
    expect(rebuilt.code).toBe('contract.not_found');
    expect(rebuilt.kind).toBe('not_found');
    expect(rebuilt.details).toEqual({ id: 'c1' });
  });

  it.each([null, 'boom', { code: 'x' }, { code: 'x', message: 'm', kind: 'weird' }])(
    'turns an unrecognised body %p into an internal error',
    (body) => {
      const rebuilt = DomainError.fromBody(body);

      expect(rebuilt.kind).toBe('internal');
      expect(rebuilt.code).toBe('internal.unexpected');
    },
  );
});
