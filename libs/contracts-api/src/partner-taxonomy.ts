import type { PartnerCategory } from '@pn/events';

export interface CategoryProfile {
  category: PartnerCategory;
  purpose: string;
  mainRisk: string;
  impact: string;
  priority: 'highest' | 'high' | 'medium' | 'low';
  /** 1 is the most important; portfolio views weigh and sort relationships by it. */
  priorityRank: number;
}

/** The brief's relationship taxonomy (section 3), served as reference data. */
export const PARTNER_TAXONOMY: readonly CategoryProfile[] = [
  {
    category: 'carrier',
    purpose: 'Revenue enablement',
    mainRisk: 'Concentration, audit exposure',
    impact: 'High revenue sensitivity',
    priority: 'highest',
    priorityRank: 1,
  },
  {
    category: 'strategic_partner',
    purpose: 'Growth, protection, market access',
    mainRisk: 'Misalignment',
    impact: 'High optionality',
    priority: 'high',
    priorityRank: 2,
  },
  {
    category: 'vendor',
    purpose: 'Operational enablement',
    mainRisk: 'Service failure',
    impact: 'Medium to high',
    priority: 'medium',
    priorityRank: 3,
  },
  {
    category: 'opportunistic',
    purpose: 'Tactical advantage',
    mainRisk: 'Low',
    impact: 'Variable',
    priority: 'low',
    priorityRank: 4,
  },
];
