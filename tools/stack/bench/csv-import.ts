import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { blankTerms } from '@pn/contracts-api';
import { accessToken, DEMO_PASSWORD, type ServiceStack } from '@pn/testing';

import { residentMb } from './measure';

const PARTNERS = 1_000;
const CONTRACTS = 100_000;

interface ContractLine {
  externalRef: string;
  partnerRef: string;
  partnerName: string;
  title: string;
  effectiveDate: string;
  initialTermMonths: number;
  renewalType: 'auto' | 'manual' | 'none';
  renewalTermMonths: number | null;
  noticeDays: number;
}

/**
 * Imports 100,000 contracts from CSV through the gateway (upload, every row checked, one
 * transaction with its outbox events) and reports rows per second and the contracts
 * service's peak memory. The limit it is compared with: Postgres COPY of the same rows
 * into a table with the same indexes and checks, from one connection.
 */
export async function benchCsvImport(
  stack: ServiceStack,
  keycloakUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const gateway = stack.url('gateway');
  const partners = Array.from({ length: PARTNERS }, (_, index) => ({
    ref: `P-${String(index).padStart(5, '0')}`,
    name: `Bench Partner ${index}`,
  }));
  const contracts: ContractLine[] = Array.from({ length: CONTRACTS }, (_, index) => {
    const partner = partners[index % PARTNERS];
    const renewalType = (['auto', 'manual', 'none'] as const)[index % 3];

    return {
      externalRef: `C-${String(index).padStart(6, '0')}`,
      partnerRef: partner.ref,
      partnerName: partner.name,
      title: `Bench agreement ${index}`,
      effectiveDate: `20${30 + (index % 40)}-${String((index % 12) + 1).padStart(2, '0')}-15`,
      initialTermMonths: 12 + (index % 4) * 12,
      renewalType,
      renewalTermMonths: renewalType === 'none' ? null : 12,
      noticeDays: renewalType === 'auto' ? 90 : 0,
    };
  });

  await upload(
    gateway,
    await accessToken('sam.strategy', DEMO_PASSWORD, keycloakUrl),
    'partners',
    [
      'external_ref,legal_name,category',
      ...partners.map((partner) => `${partner.ref},${partner.name},carrier`),
    ].join('\n'),
  );
  const csv = [
    'external_ref,partner_ref,title,effective_date,initial_term_months,renewal_type,renewal_term_months,notice_days',
    ...contracts.map((row) =>
      [
        row.externalRef,
        row.partnerRef,
        row.title,
        row.effectiveDate,
        row.initialTermMonths,
        row.renewalType,
        row.renewalTermMonths ?? '',
        row.noticeDays,
      ].join(','),
    ),
  ].join('\n');
  const pid = stack.pid('contracts');
  const baselineMb = pid ? residentMb(pid, 'VmRSS') : NaN;
  log(
    `importing ${CONTRACTS} contracts (${(csv.length / 1e6).toFixed(1)} MB of CSV) through the gateway`,
  );
  const token = await accessToken('lee.legal', DEMO_PASSWORD, keycloakUrl);
  const started = performance.now();
  const report = await upload(gateway, token, 'contracts', csv);
  const importSeconds = (performance.now() - started) / 1000;
  const peakMb = pid ? residentMb(pid, 'VmHWM') : NaN;
  if (report.created !== CONTRACTS) {
    throw new Error(`the import created ${String(report.created)} contracts, not ${CONTRACTS}`);
  }

  log('copying the same rows with COPY into a table with the same indexes and checks');
  const copySeconds = await copyLimit(stack.databaseUrl('contracts'), contracts);

  const importRate = CONTRACTS / importSeconds;
  const copyRate = CONTRACTS / copySeconds;
  process.stdout.write(
    [
      '',
      `CSV import of ${CONTRACTS} contracts (upload, checks, one transaction with outbox events):`,
      `  import via gateway     ${importRate.toFixed(0).padStart(8)} rows/s   ${importSeconds.toFixed(2)} s   contracts service peak RSS ${peakMb.toFixed(0)} MB (${baselineMb.toFixed(0)} MB before)`,
      `  COPY, same rows (limit)${copyRate.toFixed(0).padStart(8)} rows/s   ${copySeconds.toFixed(2)} s`,
      `  import reaches ${((importRate / copyRate) * 100).toFixed(1)} % of COPY speed (ratio ${(importRate / copyRate).toFixed(3)}; aim: at least 0.200)`,
      '',
    ].join('\n'),
  );
}

async function upload(
  gateway: string,
  token: string,
  kind: 'partners' | 'contracts',
  csv: string,
): Promise<{ created?: number }> {
  const response = await fetch(`${gateway}/api/v1/imports/${kind}?entityId=US01&dryRun=false`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: csv,
  });
  const body = (await response.json()) as { created?: number };
  if (!response.ok) {
    throw new Error(
      `importing ${kind} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`,
    );
  }

  return body;
}

/** Seconds COPY takes to load the rows, in the shape the import stores them. */
async function copyLimit(databaseUrl: string, contracts: ContractLine[]): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS bench_contract_copy');
    await client.query('CREATE TABLE bench_contract_copy (LIKE contract INCLUDING ALL)');
    const [{ id: partnerId }] = (
      await client.query<{ id: string }>('SELECT id FROM partner LIMIT 1')
    ).rows;
    const lines = contracts.map((row) => {
      const terms = {
        title: row.title,
        contractType: 'other',
        counterpartyLegalName: row.partnerName,
        effectiveDate: row.effectiveDate,
        initialTermMonths: row.initialTermMonths,
        endDate: null,
        renewalType: row.renewalType,
        renewalTermMonths: row.renewalTermMonths,
        noticeDays: row.noticeDays,
        terminationNoticeDays: null,
        ...blankTerms(),
      };
      const cells = [
        randomUUID(),
        'US01',
        partnerId,
        'draft',
        row.externalRef,
        JSON.stringify(terms),
        row.title,
        'other',
        row.partnerName,
        row.effectiveDate,
        String(row.initialTermMonths),
        row.renewalType,
        row.renewalTermMonths === null ? '\\N' : String(row.renewalTermMonths),
        String(row.noticeDays),
        'bench',
      ];

      return `${cells.map((cell) => (cell === '\\N' ? cell : escapeCopy(cell))).join('\t')}\n`;
    });
    const started = performance.now();
    await pipeline(
      Readable.from(lines),
      client.query(
        copyFrom(
          `COPY bench_contract_copy (id, entity_id, partner_id, status, external_ref, terms, title,
             contract_type, counterparty_legal_name, effective_date, initial_term_months,
             renewal_type, renewal_term_months, notice_days, created_by) FROM STDIN`,
        ),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    await client.query('DROP TABLE bench_contract_copy');

    return seconds;
  } finally {
    await client.end();
  }
}

function escapeCopy(cell: string): string {
  return cell.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}
