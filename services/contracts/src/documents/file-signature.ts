import type { DocumentContentType } from '@pn/contracts-api';

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Whether the bytes are what the declared content type says: a PDF starts `%PDF-`; a DOCX
 * is a ZIP archive whose entries include the `word/` part. The declared type alone is
 * whatever the client chose to send.
 */
export function matchesContentType(content: Buffer, contentType: DocumentContentType): boolean {
  switch (contentType) {
    case 'application/pdf':
      return content.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return (
        content.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC) &&
        content.includes('word/document.xml')
      );
  }
}
