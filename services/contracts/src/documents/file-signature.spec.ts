import { matchesContentType } from './file-signature';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('matchesContentType', () => {
  it('recognises a PDF by its header', () => {
    expect(matchesContentType(Buffer.from('%PDF-1.7\n...'), PDF)).toBe(true);
    expect(matchesContentType(Buffer.from('<html>not a pdf'), PDF)).toBe(false);
  });

  it('recognises a DOCX as a ZIP archive with a Word document part', () => {
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('....[Content_Types].xml....word/document.xml....'),
    ]);
    const otherZip = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('xl/workbook.xml'),
    ]);

    expect(matchesContentType(docx, DOCX)).toBe(true);
    expect(matchesContentType(otherZip, DOCX)).toBe(false);
    expect(matchesContentType(Buffer.from('%PDF-1.7'), DOCX)).toBe(false);
  });
});
