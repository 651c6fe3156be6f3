import type { Request } from 'express';

import { DomainError } from '@pn/errors';

/**
 * Reads a raw request body, refusing it as soon as it passes `limit` bytes rather than
 * after buffering all of it.
 */
export async function readBody(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.header('content-length') ?? 0);
  if (declared > limit) {
    throw tooLarge(declared, limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      request.destroy();
      throw tooLarge(size, limit);
    }
    chunks.push(chunk);
  }
  if (size === 0) {
    throw DomainError.validation('invalid request: the file is empty', {
      fields: [{ field: '(body)', problem: 'is empty' }],
    });
  }

  return Buffer.concat(chunks);
}

function tooLarge(size: number, limit: number): DomainError {
  return new DomainError(
    'document.too_large',
    'too_large',
    `the file is at least ${size} bytes; the limit is ${limit} bytes`,
    { limit },
  );
}
