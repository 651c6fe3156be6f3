import { createHash } from 'node:crypto';

import type { Request } from 'express';

import { DomainError } from '@pn/errors';
import type { BlobTransfer } from '@pn/messaging';

import { readBody } from '../documents/read-body';

/** A large import takes seconds, not milliseconds; the interactive deadline would cut it off. */
export const IMPORT_TIMEOUT_MS = 300_000;

/**
 * Reads a CSV upload (refusing anything not sent as text/csv, or too large) into the
 * transfer bucket, for the service that owns the rows to take and check against the hash.
 */
export async function csvUpload(
  request: Request,
  maxBytes: number,
  transfer: BlobTransfer,
): Promise<{ transferName: string; sha256: string }> {
  const contentType = (request.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (contentType !== 'text/csv') {
    throw new DomainError(
      'import.unsupported_type',
      'unsupported_type',
      `imports are text/csv; got "${contentType || 'no Content-Type'}"`,
    );
  }
  const content = await readBody(request, maxBytes);

  return {
    transferName: await transfer.put(content),
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
