import type { DataSource } from 'typeorm';

import type { RiskKind } from '../model/risks';

export interface TopRisk {
  partnerId: string;
  legalName: string;
  entityId: string;
  category: string;
  risk: RiskKind;
  evidence: string;
}

/**
 * The gravest high risks of each entity (at most `perEntity`), carriers first, then
 * strategic partners: contracts that lapsed or rolled over without a decision, strategic or
 * reliability scores below 50, and sponsors out of touch. One query, one row per risk.
 */
export async function topRisks(
  dataSource: DataSource,
  entities: readonly string[],
  options: { today: string; decayLimitDays: number; perEntity: number },
): Promise<TopRisk[]> {
  const rows = await dataSource.query<(TopRisk & { priority: number })[]>(
    `WITH partner AS (
       SELECT partner_id, legal_name, entity_id, category, sponsor_username,
              sponsor_last_interaction_on, strategic_score, reliability_score,
              array_position(ARRAY['carrier', 'strategic_partner', 'vendor', 'opportunistic'],
                             category) AS priority
       FROM scored_partner WHERE entity_id = ANY($1) AND status = 'active'),
     risk AS (
       SELECT p.*, 'contract_lapse' AS risk,
              'contract ' || r.contract_id || ': ' || replace(r.last_alert_kind, '_', ' ')
                || ', act by ' || r.action_deadline || ', no decision' AS evidence
       FROM partner p JOIN contract_renewal_risk r USING (partner_id)
       WHERE NOT r.decided AND r.last_alert_kind IN ('silent_rollover', 'overdue')
       UNION ALL
       SELECT p.*, 'relationship_decay', NULL FROM partner p
       WHERE p.sponsor_username IS NULL OR p.sponsor_last_interaction_on IS NULL
          OR p.sponsor_last_interaction_on < $2::date - $3::int
       UNION ALL
       SELECT p.*, 'strategic_misalignment', 'strategic score ' || p.strategic_score
       FROM partner p WHERE p.strategic_score < 50
       UNION ALL
       SELECT p.*, 'vendor_failure', 'reliability sub-score ' || p.reliability_score
       FROM partner p WHERE p.reliability_score < 50)
     -- The gravest of each entity, picked before the decay evidence is written for them.
     SELECT top.partner_id AS "partnerId", top.legal_name AS "legalName",
            top.entity_id AS "entityId", top.category, top.risk, top.priority,
            coalesce(top.evidence,
              CASE WHEN top.sponsor_username IS NULL THEN 'no executive sponsor'
                   WHEN top.sponsor_last_interaction_on IS NULL
                     THEN 'sponsor ' || top.sponsor_username || ' has no recorded interaction'
                   ELSE 'sponsor ' || top.sponsor_username || ' last took part on '
                        || top.sponsor_last_interaction_on END) AS evidence
     FROM unnest($1::text[]) AS entity (id)
     CROSS JOIN LATERAL (
       SELECT * FROM risk WHERE risk.entity_id = entity.id
       ORDER BY priority, legal_name, risk LIMIT $4) top
     ORDER BY top.priority, top.legal_name, top.risk`,
    [entities, options.today, options.decayLimitDays, options.perEntity],
  );

  return rows.map(({ priority: _priority, ...risk }) => risk);
}
