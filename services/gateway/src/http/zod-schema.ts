import { applyDecorators, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

import { z } from 'zod';

import { validationFailure } from '@pn/messaging';

/**
 * The gateway validates with the same zod schemas the owning service does, and documents
 * them from the same source, so the OpenAPI document cannot drift from what is enforced.
 */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const parsed = this.schema.safeParse(value ?? {});
    if (!parsed.success) {
      throw validationFailure(parsed.error.issues);
    }

    return parsed.data;
  }
}

export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): SchemaObject {
  return z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
  }) as SchemaObject;
}

export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  return ApiBody({ schema: openApiSchema(schema) });
}

/** One documented query parameter per property of the query schema. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const document = openApiSchema(schema) as SchemaObject & {
    properties?: Record<string, SchemaObject>;
  };
  const required = new Set(document.required ?? []);

  return applyDecorators(
    ...Object.entries(document.properties ?? {}).map(([name, property]) =>
      ApiQuery({
        name,
        required: required.has(name) && property.default === undefined,
        schema: property,
        description: property.description,
      }),
    ),
  );
}

export function ApiZodResponse(
  schema: z.ZodType,
  options: { status?: number; description?: string } = {},
): MethodDecorator {
  return ApiResponse({
    status: options.status ?? 200,
    description: options.description ?? 'Success',
    schema: openApiSchema(schema, 'output'),
  });
}
