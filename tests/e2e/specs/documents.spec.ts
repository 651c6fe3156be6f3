import { createHash, randomBytes } from 'node:crypto';

import { documentSchema } from '@pn/contracts-api';
import { accessToken } from '@pn/testing';

import { api } from '../support/api';
import { approveChange, type Contract, createContract, createPartner } from '../support/fixtures';
import { e2eStack } from '../support/stack';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A PDF of `size` bytes: a real header and trailer around filler. */
function pdfOf(size: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n% signed master agreement\n');
  const tail = Buffer.from('\n%%EOF\n');

  return Buffer.concat([head, randomBytes(size - head.length - tail.length), tail]);
}

async function upload(
  contractId: string,
  content: Buffer,
  options: { as?: string; type?: string; query?: string } = {},
) {
  const response = await fetch(
    `${e2eStack().url('gateway')}/api/v1/contracts/${contractId}/documents?${options.query ?? 'kind=signed_agreement&fileName=Master%20agreement.pdf'}`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await accessToken(options.as ?? 'lee.legal')}`,
        'content-type': options.type ?? PDF,
      },
      body: content,
    },
  );

  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function download(documentId: string, as: string) {
  const response = await fetch(
    `${e2eStack().url('gateway')}/api/v1/documents/${documentId}/content`,
    {
      headers: { authorization: `Bearer ${await accessToken(as)}` },
    },
  );

  return { response, content: Buffer.from(await response.arrayBuffer()) };
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

describe('documents: signed agreements stored with their checksum, readable by whoever reads the contract', () => {
  let contract: Contract;

  beforeAll(async () => {
    const partner = await createPartner('sam.strategy', 'US01');
    contract = await createContract('lee.legal', partner.id);
  });

  it('stores a signed PDF larger than one NATS message and gives it back byte for byte', async () => {
    const content = pdfOf(3 * 1024 * 1024);

    const uploaded = await upload(contract.id, content);
    const document = documentSchema.parse(uploaded.body);
    const { response, content: downloaded } = await download(document.id, 'aud.auditor');

    expect(uploaded.status).toBe(201);
    expect(document).toMatchObject({
      kind: 'signed_agreement',
      fileName: 'Master agreement.pdf',
      contentType: PDF,
      sizeBytes: content.length,
      sha256: sha256(content),
      version: null,
      uploadedBy: 'lee.legal',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(PDF);
    expect(response.headers.get('x-content-sha256')).toBe(sha256(content));
    expect(response.headers.get('content-disposition')).toContain('Master%20agreement.pdf');
    expect(sha256(downloaded)).toBe(sha256(content));
  });

  it('attaches an amendment to the version it belongs to, and lists documents by contract', async () => {
    await approveChange(contract, { kind: 'activation', reason: 'signed' });
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('[Content_Types].xml word/document.xml'),
      randomBytes(2048),
    ]);

    const current = await upload(contract.id, docx, {
      type: DOCX,
      query: 'kind=amendment&fileName=Amendment%201.docx',
    });
    const unknownVersion = await upload(contract.id, pdfOf(1000), {
      query: 'kind=amendment&fileName=a.pdf&version=9',
    });
    const listed = await api<{ version: number | null; kind: string }[]>(
      'GET',
      `/contracts/${contract.id}/documents`,
      { as: 'fran.finance' },
    );

    expect(current.status).toBe(201);
    expect(current.body).toMatchObject({ version: 1, contentType: DOCX });
    expect(unknownVersion.status).toBe(404);
    expect(listed.body.map((document) => [document.kind, document.version])).toEqual([
      ['signed_agreement', null],
      ['amendment', 1],
    ]);
  });

  it('refuses a file over the size limit with 413, and stores nothing', async () => {
    const before = await api<unknown[]>('GET', `/contracts/${contract.id}/documents`, {
      as: 'lee.legal',
    });

    const tooLarge = await upload(contract.id, pdfOf(20 * 1024 * 1024 + 1));
    const after = await api<unknown[]>('GET', `/contracts/${contract.id}/documents`, {
      as: 'lee.legal',
    });

    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'document.too_large' });
    expect(after.body).toHaveLength(before.body.length);
  });

  it('refuses another type, and a file whose bytes are not what its type claims, with 415', async () => {
    const text = await upload(contract.id, Buffer.from('plain text'), { type: 'text/plain' });
    const disguised = await upload(contract.id, Buffer.from('<html>not a pdf</html>'));
    const disguisedDocx = await upload(contract.id, pdfOf(2000), {
      type: DOCX,
      query: 'kind=other&fileName=x.docx',
    });

    expect([text.status, disguised.status, disguisedDocx.status]).toEqual([415, 415, 415]);
    expect(disguised.body).toMatchObject({ code: 'document.unsupported_type' });
  });

  it('keeps documents from other entities and from roles that may not file them', async () => {
    const [document] = await api<{ id: string }[]>('GET', `/contracts/${contract.id}/documents`, {
      as: 'lee.legal',
    }).then((response) => response.body);

    const byOperations = await upload(contract.id, pdfOf(1000), { as: 'oli.ops' });
    const otherEntityUpload = await upload(contract.id, pdfOf(1000), { as: 'lena.legal' });
    const otherEntityDownload = await download(document.id, 'lena.legal');
    const otherEntityList = await api('GET', `/contracts/${contract.id}/documents`, {
      as: 'lena.legal',
    });

    expect(byOperations.status).toBe(403);
    expect(otherEntityUpload.status).toBe(404);
    expect(otherEntityDownload.response.status).toBe(404);
    expect(otherEntityList.status).toBe(404);
  });
});
