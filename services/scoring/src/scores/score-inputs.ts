import type { EntityManager } from 'typeorm';

import type { ScoreInputs } from '../model/types';
import type { ScoredPartner } from '../partners/scored-partner.entity';

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

/**
 * Gathers a partner's inputs over the window. A month reported twice counts once, with its
 * latest figures (a correction is a new row). The revenue benchmark is the mean over the
 * partners of the same entity and category that reported revenue in the window, so 50 means
 * "an average partner of its kind here".
 */
export async function scoreInputsOf(
  manager: EntityManager,
  partner: ScoredPartner,
  window: ScoreWindow,
): Promise<{ inputs: ScoreInputs; currency: string | null; months: Record<string, number> }> {
  const [financials] = await manager.query<
    { revenue: string | null; cost: string | null; currency: string | null; months: string }[]
  >(
    `SELECT sum(revenue_minor) AS revenue, sum(cost_minor) AS cost, min(currency) AS currency,
            count(*) AS months
     FROM (SELECT DISTINCT ON (period) revenue_minor, cost_minor, currency
           FROM financial_input WHERE partner_id = $1 AND period BETWEEN $2 AND $3
           ORDER BY period, recorded_at DESC) latest`,
    [partner.partnerId, window.from, window.to],
  );
  const [benchmark] = await manager.query<{ mean: string | null }[]>(
    `SELECT avg(total) AS mean
     FROM (SELECT latest.partner_id, sum(latest.revenue_minor) AS total
           FROM (SELECT DISTINCT ON (f.partner_id, f.period) f.partner_id, f.revenue_minor
                 FROM financial_input f JOIN scored_partner p ON p.partner_id = f.partner_id
                 WHERE f.entity_id = $1 AND p.category = $2 AND f.period BETWEEN $3 AND $4
                 ORDER BY f.partner_id, f.period, f.recorded_at DESC) latest
           GROUP BY latest.partner_id) totals`,
    [partner.entityId, partner.category, window.from, window.to],
  );
  const [kpis] = await manager.query<
    {
      sla: string | null;
      incidents: string | null;
      response: string | null;
      target: string | null;
      months: string;
    }[]
  >(
    `SELECT avg(sla_attainment_pct) AS sla, sum(incidents) AS incidents,
            avg(response_hours) AS response, avg(response_target_hours) AS target,
            count(*) AS months
     FROM (SELECT DISTINCT ON (period) sla_attainment_pct, incidents, response_hours,
                  response_target_hours
           FROM kpi_input WHERE partner_id = $1 AND period BETWEEN $2 AND $3
           ORDER BY period, recorded_at DESC) latest`,
    [partner.partnerId, window.from, window.to],
  );
  const [assessment] = await manager.query<{ optionality: number; alignment: number }[]>(
    `SELECT optionality, alignment FROM assessment WHERE partner_id = $1
     ORDER BY assessed_at DESC LIMIT 1`,
    [partner.partnerId],
  );
  const kpiMonths = Number(kpis.months);
  const number = (value: string | null) => (value === null ? null : Number(value));

  return {
    inputs: {
      revenueMinor: number(financials.revenue),
      costMinor: number(financials.cost),
      revenueShareBenchmarkMinor: number(benchmark.mean),
      slaAttainmentPct: number(kpis.sla),
      // Incidents are counted per quarter so a threshold reads the same however many months.
      incidentsPerQuarter: kpiMonths > 0 ? (Number(kpis.incidents) / kpiMonths) * 3 : null,
      responseHours: number(kpis.response),
      responseTargetHours: number(kpis.target),
      optionality: assessment?.optionality ?? null,
      alignment: assessment?.alignment ?? null,
    },
    currency: financials.currency,
    months: { financials: Number(financials.months), kpis: kpiMonths },
  };
}
