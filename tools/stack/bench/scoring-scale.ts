import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { accessToken, DEMO_PASSWORD, type ServiceStack } from '@pn/testing';

import { copyInto, percentiles, residentMb } from './measure';

const PARTNERS = 100_000;
const KPI_MONTHS = 100;
const FINANCIAL_MONTHS = 12;
const ENTITIES = [
  { id: 'US01', currency: 'USD' },
  { id: 'UK01', currency: 'GBP' },
] as const;
const CATEGORIES = ['carrier', 'vendor', 'strategic_partner', 'opportunistic'] as const;
const PORTFOLIO_CONNECTIONS = 4;
const PORTFOLIO_MS = 10_000;

/**
 * The scoring service at scale: 100,000 active partners with 10,000,000 monthly KPI records
 * (100 months each), a year of financials and an assessment each, seeded with COPY as a bulk
 * load would leave them; then the quarter's full recomputation through the gateway (every
 * partner rescored from its twelve-month window, its review opened), and the portfolio view
 * of both entities through the gateway.
 */
export async function benchScoringAtScale(
  stack: ServiceStack,
  keycloakUrl: string,
  log: (line: string) => void,
): Promise<void> {
  log(
    `seeding ${PARTNERS} partners and ${PARTNERS * KPI_MONTHS} KPI records into scoring with COPY`,
  );
  const seeded = performance.now();
  await seed(stack.databaseUrl('scoring'));
  log(`seeded in ${((performance.now() - seeded) / 1000).toFixed(0)} s`);

  const admin = await accessToken('ada.admin', DEMO_PASSWORD, keycloakUrl);
  log('full quarterly recomputation');
  const started = performance.now();
  const response = await fetch(`${stack.url('gateway')}/api/v1/scoring/quarterly-runs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}` },
  });
  const run = (await response.json()) as { partners?: number; reviewsOpened?: number };
  if (!response.ok) {
    throw new Error(`the quarterly run answered ${response.status}: ${JSON.stringify(run)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const pid = stack.pid('scoring');
  const peakMb = pid ? residentMb(pid) : NaN;
  // What autovacuum would do after 100,000 partners were rewritten: fresh planner statistics.
  const analyze = new Client({ connectionString: stack.databaseUrl('scoring') });
  await analyze.connect();
  await analyze.query('VACUUM ANALYZE scored_partner');
  await analyze.end();

  log(
    `portfolio view of both entities, ${PORTFOLIO_CONNECTIONS} connections, ${PORTFOLIO_MS / 1000} s`,
  );
  const portfolio = await portfolioLatencies(
    stack,
    await accessToken('erin.exec', DEMO_PASSWORD, keycloakUrl),
  );

  process.stdout.write(
    [
      '',
      `Scoring at scale: ${PARTNERS} partners, ${PARTNERS * KPI_MONTHS} KPI records:`,
      `  quarterly recomputation        ${seconds.toFixed(1).padStart(6)} s   ${run.partners} partners rescored, ${run.reviewsOpened} reviews opened   (aim: under 60 s)`,
      `  scoring service peak RSS       ${peakMb.toFixed(0)} MB`,
      `  portfolio view, both entities, via gateway: ${portfolio.length} requests   ${percentiles(portfolio)}`,
      '',
    ].join('\n'),
  );
}

async function seed(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const partners = Array.from({ length: PARTNERS }, (_, index) => ({
      id: randomUUID(),
      entity: ENTITIES[index % 2],
      category: CATEGORIES[index % 4],
      index,
    }));
    const month = (back: number) => {
      const now = new Date();
      const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));

      return date.toISOString().slice(0, 7);
    };
    await copyInto(
      client,
      `COPY scored_partner (partner_id, entity_id, legal_name, category, status, capabilities,
         sponsor_username, sponsor_last_interaction_on) FROM STDIN`,
      partners.map((partner) => [
        partner.id,
        partner.entity.id,
        `Scale Partner ${partner.index}`,
        partner.category,
        'active',
        `{capability-${partner.index % 500},capability-${(partner.index * 7) % 500}}`,
        'erin.exec',
        `${month((partner.index % 6) + 1)}-15`,
      ]),
    );
    await copyInto(
      client,
      `COPY financial_input (id, partner_id, entity_id, period, revenue_minor, cost_minor,
         currency, source, supplied_by) FROM STDIN`,
      (function* () {
        for (const partner of partners) {
          for (let back = 1; back <= FINANCIAL_MONTHS; back += 1) {
            const revenue = 1_000_000 + ((partner.index * 7919 + back * 104_729) % 9_000_000);
            yield [
              randomUUID(),
              partner.id,
              partner.entity.id,
              month(back),
              revenue,
              Math.round(revenue * (0.4 + (partner.index % 50) / 100)),
              partner.entity.currency,
              'bench',
              'fran.finance',
            ];
          }
        }
      })(),
    );
    // A bulk load builds the KPI index once, after the rows, not row by row.
    await client.query('DROP INDEX kpi_input_partner_idx');
    await copyInto(
      client,
      `COPY kpi_input (id, partner_id, entity_id, period, sla_attainment_pct, incidents,
         response_hours, response_target_hours, source, supplied_by) FROM STDIN`,
      (function* () {
        for (const partner of partners) {
          for (let back = 1; back <= KPI_MONTHS; back += 1) {
            yield [
              randomUUID(),
              partner.id,
              partner.entity.id,
              month(back),
              90 + ((partner.index + back) % 10),
              (partner.index * back) % 3,
              2 + ((partner.index + back) % 12),
              8,
              'bench',
              'oli.ops',
            ];
          }
        }
      })(),
    );
    await client.query(
      'CREATE INDEX kpi_input_partner_idx ON kpi_input (partner_id, period, recorded_at)',
    );
    await copyInto(
      client,
      `COPY assessment (id, partner_id, entity_id, optionality, alignment, comment, assessed_by)
       FROM STDIN`,
      partners.map((partner) => [
        randomUUID(),
        partner.id,
        partner.entity.id,
        (partner.index % 5) + 1,
        ((partner.index * 3) % 5) + 1,
        'bench assessment',
        'erin.exec',
      ]),
    );
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

async function portfolioLatencies(stack: ServiceStack, token: string): Promise<number[]> {
  const url = `${stack.url('gateway')}/api/v1/scoring/portfolio`;
  const latencies: number[] = [];
  const deadline = performance.now() + PORTFOLIO_MS;
  await Promise.all(
    Array.from({ length: PORTFOLIO_CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        if (!response.ok) {
          throw new Error(`the portfolio answered ${response.status}`);
        }
        latencies.push(performance.now() - started);
      }
    }),
  );

  return latencies;
}
