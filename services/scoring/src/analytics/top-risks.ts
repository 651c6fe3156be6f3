import type { DataSource } from 'typeorm';

import { type RiskKind, WEAK_SCORE } from '../model/risks';

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
    `WITH category (priority, name) AS (
       VALUES (1, 'carrier'), (2, 'strategic_partner'), (3, 'vendor'), (4, 'opportunistic')),
     candidate AS (
       SELECT entity.id AS entity_id, category.priority, risk.*
       FROM unnest($1::text[]) AS entity (id)
       CROSS JOIN category
       CROSS JOIN LATERAL (
         (SELECT p.partner_id, p.legal_name, p.category, 'contract_lapse' AS risk,
                 'contract ' || r.contract_id || ': ' || replace(r.last_alert_kind, '_', ' ')
                   || ', act by ' || r.action_deadline || ', no decision' AS evidence
          FROM scored_partner p JOIN contract_renewal_risk r USING (partner_id)
          WHERE p.entity_id = entity.id AND p.category = category.name AND p.status = 'active'
            AND NOT r.decided AND r.last_alert_kind IN ('silent_rollover', 'overdue')
          ORDER BY p.legal_name LIMIT $4)
         UNION ALL
         (SELECT p.partner_id, p.legal_name, p.category, 'relationship_decay',
                 CASE WHEN p.sponsor_username IS NULL THEN 'no executive sponsor'
                      WHEN p.sponsor_last_interaction_on IS NULL
                        THEN 'sponsor ' || p.sponsor_username || ' has no recorded interaction'
                      ELSE 'sponsor ' || p.sponsor_username || ' last took part on '
                           || p.sponsor_last_interaction_on END
          FROM scored_partner p
          WHERE p.entity_id = entity.id AND p.category = category.name AND p.status = 'active'
            AND (p.sponsor_username IS NULL OR p.sponsor_last_interaction_on IS NULL
                 OR p.sponsor_last_interaction_on < $2::date - $3::int)
          ORDER BY p.legal_name LIMIT $4)
         UNION ALL
         (SELECT p.partner_id, p.legal_name, p.category, 'strategic_misalignment',
                 'strategic score ' || p.strategic_score
          FROM scored_partner p
          WHERE p.entity_id = entity.id AND p.category = category.name AND p.status = 'active'
            -- A literal, not a parameter: the partial indexes are built on the same value.
            AND p.strategic_score < ${WEAK_SCORE}
          ORDER BY p.legal_name LIMIT $4)
         UNION ALL
         (SELECT p.partner_id, p.legal_name, p.category, 'vendor_failure',
                 'reliability sub-score ' || p.reliability_score
          FROM scored_partner p
          WHERE p.entity_id = entity.id AND p.category = category.name AND p.status = 'active'
            AND p.reliability_score < ${WEAK_SCORE}
          ORDER BY p.legal_name LIMIT $4)) risk)
     -- Each list stopped at its first few by name; the gravest of each entity come from them.
     SELECT partner_id AS "partnerId", legal_name AS "legalName", entity_id AS "entityId",
            category, risk, evidence, priority
     FROM (SELECT candidate.*,
                  row_number() OVER (PARTITION BY entity_id ORDER BY priority, legal_name, risk)
                    AS rank
           FROM candidate) ranked
     WHERE rank <= $4
     ORDER BY priority, legal_name, risk`,
    [entities, options.today, options.decayLimitDays, options.perEntity],
  );

  return rows.map(({ priority: _priority, ...risk }) => risk);
}
