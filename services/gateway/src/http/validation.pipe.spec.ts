import { IsInt, IsString, Min } from 'class-validator';

import { DomainError } from '@pn/errors';

import { STATUS_BY_KIND } from './error-status';
import { createValidationPipe } from './validation.pipe';

class Body {
  @IsString()
  title!: string;

  @IsInt()
  @Min(1)
  months!: number;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const metadata = { type: 'body' as const, metatype: Body };

  it('accepts a valid body', async () => {
    await expect(pipe.transform({ title: 't', months: 3 }, metadata)).resolves.toEqual({
      title: 't',
      months: 3,
    });
  });

  it('answers a validation error naming each field, unknown ones included', async () => {
    const error = (await pipe
      .transform({ title: 5, months: 0, extra: true }, metadata)
      .catch((caught: unknown) => caught)) as DomainError;

    expect(error).toBeInstanceOf(DomainError);
    expect(STATUS_BY_KIND[error.kind]).toBe(400);
    const fields = (error.details?.fields as { field: string }[]).map((field) => field.field);
    expect(fields.sort()).toEqual(['extra', 'months', 'title']);
    expect(error.message).toContain('months');
  });
});

describe('STATUS_BY_KIND', () => {
  it.each([
    ['not_found', 404],
    ['timeout', 504],
    ['unavailable', 503],
    ['unauthenticated', 401],
    ['forbidden', 403],
  ] as const)('maps %s to %i', (kind, status) => {
    expect(STATUS_BY_KIND[kind]).toBe(status);
  });
});
