import { z } from 'zod';

/** The largest document accepted: a long scanned agreement fits, a video does not. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

export const DOCUMENT_CONTENT_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
} as const;
export type DocumentContentType = keyof typeof DOCUMENT_CONTENT_TYPES;

export const documentKind = z.enum(['signed_agreement', 'amendment', 'other']);

/** Query parameters of an upload; the body is the file itself. */
export const uploadDocumentQuery = z.strictObject({
  kind: documentKind,
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\\0]+$/, 'must be a file name, not a path'),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The version the document belongs to; by default the current one (none for a draft)'),
});
export type UploadDocumentQuery = z.infer<typeof uploadDocumentQuery>;

/** What the gateway hands the contracts service once the bytes are in the transfer bucket. */
export const attachDocumentSchema = uploadDocumentQuery.extend({
  contractId: z.uuid(),
  version: z.number().int().min(1).optional(),
  transferName: z.uuid(),
  contentType: z.enum(Object.keys(DOCUMENT_CONTENT_TYPES) as [DocumentContentType]),
  sizeBytes: z.number().int().min(1).max(DOCUMENT_MAX_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AttachDocument = z.infer<typeof attachDocumentSchema>;

export const documentSchema = z.strictObject({
  id: z.uuid(),
  contractId: z.uuid(),
  entityId: z.string(),
  version: z.number().int().nullable().describe('null: attached while the contract was a draft'),
  kind: documentKind,
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type DocumentView = z.infer<typeof documentSchema>;
