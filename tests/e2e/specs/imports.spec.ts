import { randomUUID } from 'node:crypto';

import { importReportSchema } from '@pn/contracts-api';
import { accessToken } from '@pn/testing';

import { api } from '../support/api';
import { e2eStack } from '../support/stack';

type Report = ReturnType<typeof importReportSchema.parse>;

async function importCsv(
  kind: 'partners' | 'contracts',
  content: string | Buffer,
  options: { as: string; entityId?: string; dryRun?: boolean; type?: string },
) {
  const query = `entityId=${options.entityId ?? 'US01'}&dryRun=${options.dryRun ?? true}`;
  const response = await fetch(`${e2eStack().url('gateway')}/api/v1/imports/${kind}?${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await accessToken(options.as)}`,
      'content-type': options.type ?? 'text/csv',
    },
    body: content,
  });

  return {
    status: response.status,
    body: (await response.json()) as Report & {
      code: string;
      details: { report: Report };
    },
  };
}

const partnerCount = async (tag: string) =>
  (await api<{ items: unknown[] }>('GET', `/partners?q=${tag}&limit=200`, { as: 'sam.strategy' }))
    .body.items.length;

describe('CSV import: dry run, all or nothing, idempotent by external reference', () => {
  const tag = randomUUID().slice(0, 8);
  const partnersCsv = [
    'external_ref,legal_name,category,status,capabilities,owner_username,crm_id',
    `P-${tag}-1,Imported Carrier ${tag},carrier,active,ltl-freight;cross-border,oli.ops,CRM-${tag}-1`,
    `P-${tag}-2,Imported Vendor ${tag},vendor,,,,`,
  ].join('\n');

  it('reports every invalid row with its line and reason in a dry run, and writes nothing', async () => {
    const bad = `${partnersCsv}\nP-${tag}-3,,airline,,,,\nP-${tag}-1,Duplicate ${tag},vendor,,,,`;

    const dryRun = await importCsv('partners', bad, { as: 'sam.strategy' });
    const report = importReportSchema.parse(dryRun.body);

    expect(dryRun.status).toBe(200);
    expect(report).toMatchObject({ dryRun: true, committed: false, rows: 4, invalidRows: 2 });
    expect(report.errors.map((error) => [error.line, error.field])).toEqual([
      [4, 'legal_name'],
      [4, 'category'],
      [5, 'external_ref'],
    ]);
    expect(await partnerCount(tag)).toBe(0);
  });

  it('refuses a commit with any invalid row, writing nothing', async () => {
    const bad = `${partnersCsv}\nP-${tag}-3,Bad Category ${tag},airline,,,,`;

    const commit = await importCsv('partners', bad, { as: 'sam.strategy', dryRun: false });

    expect(commit.status).toBe(400);
    expect(commit.body.details.report).toMatchObject({ committed: false, invalidRows: 1 });
    expect(await partnerCount(tag)).toBe(0);
  });

  it('commits valid partners once; the same file again adds nothing', async () => {
    const first = await importCsv('partners', partnersCsv, { as: 'sam.strategy', dryRun: false });
    const again = await importCsv('partners', partnersCsv, { as: 'sam.strategy', dryRun: false });
    const imported = await api<{ items: { status: string; capabilities: string[] }[] }>(
      'GET',
      `/partners?q=Imported%20Carrier%20${tag}`,
      { as: 'sam.strategy' },
    );

    expect(first.body).toMatchObject({ committed: true, created: 2, alreadyImported: 0 });
    expect(again.body).toMatchObject({ committed: true, created: 0, alreadyImported: 2 });
    expect(await partnerCount(tag)).toBe(2);
    expect(imported.body.items[0]).toMatchObject({
      status: 'active',
      capabilities: ['ltl-freight', 'cross-border'],
    });
  });

  it('imports contracts against imported partners as drafts, idempotently', async () => {
    const contractsCsv = [
      'external_ref,partner_ref,title,effective_date,initial_term_months,renewal_type,renewal_term_months,notice_days',
      `C-${tag}-1,P-${tag}-1,Imported carrier agreement,2090-01-15,12,auto,12,90`,
      `C-${tag}-2,P-${tag}-2,Imported vendor agreement,2090-03-01,24,none,,0`,
    ].join('\n');

    const dryRun = await importCsv('contracts', contractsCsv, { as: 'lee.legal' });
    const commit = await importCsv('contracts', contractsCsv, { as: 'lee.legal', dryRun: false });
    const again = await importCsv('contracts', contractsCsv, { as: 'lee.legal', dryRun: false });
    const stored = await api<{ items: { status: string; externalRef: string }[] }>(
      'GET',
      `/contracts?q=Imported&limit=200`,
      { as: 'lee.legal' },
    );

    expect(dryRun.body).toMatchObject({ dryRun: true, created: 2, invalidRows: 0 });
    expect(commit.body).toMatchObject({ committed: true, created: 2 });
    expect(again.body).toMatchObject({ created: 0, alreadyImported: 2 });
    const mine = stored.body.items.filter((contract) => contract.externalRef.includes(tag));
    expect(mine.map((contract) => contract.status)).toEqual(['draft', 'draft']);
  });

  it('refuses a file that is not UTF-8, and keeps a report of 10,000 bad rows bounded', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('external_ref,legal_name,category\nX-1,Soci'),
      Buffer.from([0xe9]),
      Buffer.from('t\u00e9,carrier\n'.replace('\u00e9', 'e')),
    ]);
    const manyBad = [
      'external_ref,legal_name,category',
      ...Array.from(
        { length: 10_000 },
        (_, index) => `B-${tag}-${index},Bad ${tag} ${index},airline`,
      ),
    ].join('\n');

    const encoding = await importCsv('partners', latin1, { as: 'sam.strategy', dryRun: false });
    const bounded = await importCsv('partners', manyBad, { as: 'sam.strategy' });

    expect(encoding.status).toBe(400);
    expect(encoding.body.details.report.errors[0]).toMatchObject({ line: 1, field: '(file)' });
    expect(bounded.body).toMatchObject({ rows: 10_000, invalidRows: 10_000, created: 0 });
    expect(bounded.body.errors).toHaveLength(100);
    expect(bounded.body.errorsOmitted).toBe(9_900);
    expect(await partnerCount(`Bad ${tag}`)).toBe(0);
  });

  it('keeps imports within the caller’s entities and roles', async () => {
    const legalOfOtherEntity = await importCsv('partners', partnersCsv, { as: 'lena.legal' });
    const ukStrategyIntoUs = await importCsv('partners', partnersCsv, {
      as: 'sam.strategy',
      entityId: 'UK99',
    });
    const operations = await importCsv('partners', partnersCsv, { as: 'oli.ops' });
    const legalImportsPartners = await importCsv('partners', partnersCsv, { as: 'lee.legal' });
    const notCsv = await importCsv('partners', partnersCsv, {
      as: 'sam.strategy',
      type: 'application/vnd.ms-excel',
    });

    expect(legalOfOtherEntity.status).toBe(403);
    expect(ukStrategyIntoUs.status).toBe(404);
    expect(operations.status).toBe(403);
    expect(legalImportsPartners.status).toBe(403);
    expect(notCsv.status).toBe(415);
  });

  it('answers 404 to an import into an entity the caller cannot see', async () => {
    const contractsCsv = 'external_ref,partner_ref,title,effective_date,renewal_type,notice_days\n';

    const response = await importCsv('contracts', contractsCsv, {
      as: 'lena.legal',
      entityId: 'US01',
    });

    expect(response.status).toBe(404);
  });
});
