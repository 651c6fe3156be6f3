import { type ValidationError, ValidationPipe } from '@nestjs/common';

import { DomainError } from '@pn/errors';

interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];

    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Request bodies and parameters are checked against their DTOs; unknown fields are refused.
 * A failure names every field at fault, in the message and in `details.fields`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);

      return DomainError.validation(
        `invalid request: ${fields.map((field) => `${field.field} (${field.problems.join('; ')})`).join(', ')}`,
        { fields },
      );
    },
  });
}
