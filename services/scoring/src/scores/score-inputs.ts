import type { EntityManager } from 'typeorm';

import type { ScoreInputs } from '../model/types';

/** The months a score looks back over: the twelve ending with the current one. */
export interface ScoreWindow {
  from: string;
  to: string;
}

export function windowEnding(today: string): ScoreWindow {
  const [year, month] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 1 - 11, 1));

  return {
    from: `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`,
    to: today.slice(0, 7),
  };
}

export interface GatheredInputs {
  inputs: ScoreInputs;
  currency: string | null;
  months: Record<string, number>;
}

/** Revenue benchmarks keyed `entity/category`. */
export type Benchmarks = ReadonlyMap<string, number>;

export const benchmarkKey = (entityId: string, category: string) => `${entityId}/${category}`;

/**
 * The mean revenue over the window of the partners of each entity and category that
 * reported revenue, so a contribution of 50 means "an average partner of its kind here".
 * A month reported twice counts once, with its latest figures.
 */
export async function benchmarksOf(
  manager: EntityManager,
  entityIds: readonly string[],
  window: ScoreWindow,
): Promise<Benchmarks> {
  const rows = await manager.query<{ entity_id: string; category: string; mean: string }[]>(
    `SELECT totals.entity_id, partner.category, avg(totals.total) AS mean
     FROM (SELECT latest.partner_id, latest.entity_id, sum(latest.revenue_minor) AS total
           FROM (SELECT DISTINCT ON (partner_id, period) partner_id, entity_id, revenue_minor
                 FROM financial_input
                 WHERE entity_id = ANY($1) AND period BETWEEN $2 AND $3
                 ORDER BY partner_id, period, recorded_at DESC) latest
           GROUP BY latest.partner_id, latest.entity_id) totals
     JOIN scored_partner partner ON partner.partner_id = totals.partner_id
     GROUP BY totals.entity_id, partner.category`,
    [entityIds, window.from, window.to],
  );

  return new Map(rows.map((row) => [benchmarkKey(row.entity_id, row.category), Number(row.mean)]));
}

/**
 * Gathers the inputs of many partners over the window in four set-based queries, so a
 * quarterly run costs a few statements per batch rather than a few per partner.
 */
export async function scoreInputsOf(
  manager: EntityManager,
  partners: readonly { partnerId: string; entityId: string; category: string }[],
  window: ScoreWindow,
  benchmarks: Benchmarks,
): Promise<Map<string, GatheredInputs>> {
  const ids = partners.map((partner) => partner.partnerId);
  const range = [ids, window.from, window.to];
  const [financials, kpis, assessments] = await Promise.all([
    manager.query<
      { partner_id: string; revenue: string; cost: string; currency: string; months: string }[]
    >(
      `SELECT partner_id, sum(revenue_minor) AS revenue, sum(cost_minor) AS cost,
              min(currency) AS currency, count(*) AS months
       FROM (SELECT DISTINCT ON (partner_id, period) partner_id, revenue_minor, cost_minor, currency
             FROM financial_input WHERE partner_id = ANY($1) AND period BETWEEN $2 AND $3
             ORDER BY partner_id, period, recorded_at DESC) latest
       GROUP BY partner_id`,
      range,
    ),
    manager.query<
      {
        partner_id: string;
        sla: string;
        incidents: string;
        response: string;
        target: string;
        months: string;
      }[]
    >(
      `SELECT partner_id, avg(sla_attainment_pct) AS sla, sum(incidents) AS incidents,
              avg(response_hours) AS response, avg(response_target_hours) AS target,
              count(*) AS months
       FROM (SELECT DISTINCT ON (partner_id, period) partner_id, sla_attainment_pct, incidents,
                    response_hours, response_target_hours
             FROM kpi_input WHERE partner_id = ANY($1) AND period BETWEEN $2 AND $3
             ORDER BY partner_id, period, recorded_at DESC) latest
       GROUP BY partner_id`,
      range,
    ),
    manager.query<{ partner_id: string; optionality: number; alignment: number }[]>(
      `SELECT DISTINCT ON (partner_id) partner_id, optionality, alignment
       FROM assessment WHERE partner_id = ANY($1)
       ORDER BY partner_id, assessed_at DESC`,
      [ids],
    ),
  ]);
  const financialsOf = new Map(financials.map((row) => [row.partner_id, row]));
  const kpisOf = new Map(kpis.map((row) => [row.partner_id, row]));
  const assessmentOf = new Map(assessments.map((row) => [row.partner_id, row]));

  return new Map(
    partners.map((partner) => {
      const money = financialsOf.get(partner.partnerId);
      const kpi = kpisOf.get(partner.partnerId);
      const assessment = assessmentOf.get(partner.partnerId);
      const kpiMonths = kpi ? Number(kpi.months) : 0;
      const gathered: GatheredInputs = {
        inputs: {
          revenueMinor: money ? Number(money.revenue) : null,
          costMinor: money ? Number(money.cost) : null,
          revenueShareBenchmarkMinor:
            benchmarks.get(benchmarkKey(partner.entityId, partner.category)) ?? null,
          slaAttainmentPct: kpi ? Number(kpi.sla) : null,
          // Incidents per quarter, so a threshold reads the same however many months reported.
          incidentsPerQuarter: kpi ? (Number(kpi.incidents) / kpiMonths) * 3 : null,
          responseHours: kpi ? Number(kpi.response) : null,
          responseTargetHours: kpi ? Number(kpi.target) : null,
          optionality: assessment?.optionality ?? null,
          alignment: assessment?.alignment ?? null,
        },
        currency: money?.currency ?? null,
        months: { financials: money ? Number(money.months) : 0, kpis: kpiMonths },
      };

      return [partner.partnerId, gathered];
    }),
  );
}
