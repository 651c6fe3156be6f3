import { Pool } from 'pg';

import type { ServiceStack } from '@pn/testing';

const CONNECTIONS = 32;
const WARM_UP_MS = 3_000;
const MEASURE_MS = 15_000;

interface Figures {
  requests: number;
  errors: number;
  seconds: number;
  latenciesMs: number[];
}

/**
 * An authenticated GET of one contract through gateway → NATS → contracts → Postgres at 32
 * concurrent connections, next to the same single-row query issued directly with pg from
 * one process: the floor the full path is compared with. Prints figures only.
 */
export async function benchReadPath(
  stack: ServiceStack,
  token: string,
  log: (line: string) => void,
): Promise<void> {
  const contractId = await createContract(stack.url('gateway'), token);
  const url = `${stack.url('gateway')}/api/v1/contracts/${contractId}`;
  const viaGateway = async () => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();

    return response.ok;
  };

  const pool = new Pool({ connectionString: stack.databaseUrl('contracts'), max: CONNECTIONS });
  const direct = async () => {
    const result = await pool.query(
      'SELECT * FROM contract WHERE id = $1 AND entity_id = ANY($2::text[])',
      [contractId, ['US01']],
    );

    return result.rowCount === 1;
  };

  log(`warming up, then ${MEASURE_MS / 1000} s per path at ${CONNECTIONS} concurrent connections`);
  await load(viaGateway, WARM_UP_MS);
  const gateway = await load(viaGateway, MEASURE_MS);
  await load(direct, WARM_UP_MS);
  const floor = await load(direct, MEASURE_MS);
  await pool.end();

  report(gateway, floor);
}

async function createContract(gatewayUrl: string, token: string): Promise<string> {
  const post = async (path: string, body: unknown): Promise<{ id: string }> => {
    const response = await fetch(`${gatewayUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    }

    return (await response.json()) as { id: string };
  };
  const partner = await post('/partners', {
    entityId: 'US01',
    legalName: 'Bench Carrier',
    category: 'carrier',
  });
  const contract = await post('/contracts', {
    partnerId: partner.id,
    title: 'Bench agreement',
    effectiveDate: '2026-01-01',
    initialTermMonths: 12,
    renewalType: 'auto',
    renewalTermMonths: 12,
    noticeDays: 90,
  });

  return contract.id;
}

/** Keeps CONNECTIONS requests in flight for `durationMs` and records each latency. */
async function load(request: () => Promise<boolean>, durationMs: number): Promise<Figures> {
  const latenciesMs: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      const ok = await request().catch(() => false);
      latenciesMs.push(performance.now() - begin);
      if (!ok) {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));

  return {
    requests: latenciesMs.length,
    errors,
    seconds: (performance.now() - started) / 1000,
    latenciesMs,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function report(gateway: Figures, floor: Figures): void {
  const row = (name: string, figures: Figures) => {
    const sorted = [...figures.latenciesMs].sort((a, b) => a - b);
    const throughput = figures.requests / figures.seconds;

    return {
      name,
      throughput,
      line: `${name.padEnd(44)} ${throughput.toFixed(0).padStart(8)} req/s   p50 ${percentile(sorted, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(sorted, 99).toFixed(2).padStart(7)} ms   errors ${figures.errors}`,
    };
  };
  const full = row('GET /api/v1/contracts/:id via gateway', gateway);
  const direct = row('same row with pg from one process (limit)', floor);
  process.stdout.write(
    [
      '',
      `One contract read, ${CONNECTIONS} concurrent connections, ${MEASURE_MS / 1000} s each:`,
      `  ${full.line}`,
      `  ${direct.line}`,
      `  gateway path reaches ${((full.throughput / direct.throughput) * 100).toFixed(1)} % of the direct-query limit (ratio ${(full.throughput / direct.throughput).toFixed(3)})`,
      '',
    ].join('\n'),
  );
}
