import type { EntityManager } from 'typeorm';

import type { PartnerCategory } from '@pn/events';

import type { AlertPolicy } from './alert-plan';
import { AlertPolicyRow } from './alert-policy.entity';

/** The brief's defaults (section 6): 180/120/90/60 days, escalation below 60, weekly. */
export const DEFAULT_ALERT_POLICY: AlertPolicy = {
  offsets: [180, 120, 90, 60],
  escalationThresholdDays: 60,
  escalationRepeatDays: 7,
};

/** Carriers carry the most revenue: their escalation starts a month earlier. */
const CATEGORY_DEFAULTS: Partial<Record<PartnerCategory, Partial<AlertPolicy>>> = {
  carrier: { escalationThresholdDays: 90 },
};

/**
 * The policy for a contract: the entity's row for the partner's category, else the
 * entity's row for all categories (`*`), else the defaults.
 */
export async function policyFor(
  manager: EntityManager,
  entityId: string,
  category: PartnerCategory,
): Promise<AlertPolicy> {
  return resolvePolicy(await manager.findBy(AlertPolicyRow, { entityId }), category);
}

/** The policy in force for a category, and where it comes from. */
export function resolvePolicy(
  rows: readonly AlertPolicyRow[],
  category: PartnerCategory,
): AlertPolicy & { source: 'category' | 'entity' | 'default' } {
  const own = rows.find((candidate) => candidate.category === category);
  const entityWide = rows.find((candidate) => candidate.category === '*');
  const row = own ?? entityWide;
  if (row) {
    return {
      offsets: row.offsets,
      escalationThresholdDays: row.escalationThresholdDays,
      escalationRepeatDays: row.escalationRepeatDays,
      source: own ? 'category' : 'entity',
    };
  }

  return { ...DEFAULT_ALERT_POLICY, ...CATEGORY_DEFAULTS[category], source: 'default' };
}
