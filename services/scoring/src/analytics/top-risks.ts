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
 * The high risks of a portfolio that can be read in one query each, gravest categories
 * first (carriers, then strategic partners): contracts that lapsed or rolled over without a
 * decision, red strategic or operational scores, and sponsors out of touch.
 */
export async function topRisks(
  dataSource: DataSource,
  entities: readonly string[],
  options: { today: string; decayLimitDays: number },
): Promise<TopRisk[]> {
  const rows = await dataSource.query<(TopRisk & { priority: number })[]>(
    `WITH partner AS (
       SELECT partner_id, legal_name, entity_id, category, sponsor_username,
              sponsor_last_interaction_on, strategic_score, reliability_score,
              array_position(ARRAY['carrier', 'strategic_partner', 'vendor', 'opportunistic'],
                             category) AS priority
       FROM scored_partner WHERE entity_id = ANY($1) AND status = 'active')
     SELECT p.partner_id AS "partnerId", p.legal_name AS "legalName", p.entity_id AS "entityId",
            p.category, p.priority, 'contract_lapse' AS risk,
            'contract ' || r.contract_id || ': ' || replace(r.last_alert_kind, '_', ' ')
              || ', act by ' || r.action_deadline || ', no decision' AS evidence
     FROM partner p JOIN contract_renewal_risk r USING (partner_id)
     WHERE NOT r.decided AND r.last_alert_kind IN ('silent_rollover', 'overdue')
     UNION ALL
     SELECT p.partner_id, p.legal_name, p.entity_id, p.category, p.priority,
            'relationship_decay',
            CASE WHEN p.sponsor_username IS NULL THEN 'no executive sponsor'
                 WHEN p.sponsor_last_interaction_on IS NULL
                   THEN 'sponsor ' || p.sponsor_username || ' has no recorded interaction'
                 ELSE 'sponsor ' || p.sponsor_username || ' last took part on '
                      || p.sponsor_last_interaction_on END
     FROM partner p
     WHERE p.sponsor_username IS NULL OR p.sponsor_last_interaction_on IS NULL
        OR p.sponsor_last_interaction_on < $2::date - $3::int
     UNION ALL
     SELECT p.partner_id, p.legal_name, p.entity_id, p.category, p.priority,
            'strategic_misalignment',
            'strategic score ' || p.strategic_score
     FROM partner p WHERE p.strategic_score < 50
     UNION ALL
     SELECT p.partner_id, p.legal_name, p.entity_id, p.category, p.priority, 'vendor_failure',
            'reliability sub-score ' || p.reliability_score
     FROM partner p WHERE p.reliability_score < 50
     ORDER BY priority, "legalName", risk`,
    [entities, options.today, options.decayLimitDays],
  );

  return rows.map(({ priority: _priority, ...risk }) => risk);
}
