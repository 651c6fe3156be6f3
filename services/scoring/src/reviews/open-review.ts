import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { quarterBounds, quarterOf } from '../model/staleness';

/**
 * Opens the current quarter's review of a partner that became active after the quarter's
 * run, so no active relationship goes a quarter without one. Never opens a second.
 */
export async function openReview(
  manager: EntityManager,
  partnerId: string,
  entityId: string,
  today: string,
): Promise<void> {
  const quarter = quarterOf(today);
  await manager.query(
    `INSERT INTO relationship_review (id, partner_id, entity_id, quarter, due_on)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (partner_id, quarter) DO NOTHING`,
    [randomUUID(), partnerId, entityId, quarter, quarterBounds(quarter).end],
  );
}
