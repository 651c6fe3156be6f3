import type { ConcentrationBand } from './concentration';

/** The five risks the brief names for every strategic relationship. */
export const RISK_KINDS = [
  'contract_lapse',
  'overdependence',
  'vendor_failure',
  'strategic_misalignment',
  'relationship_decay',
] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

export type RiskLevel = 'high' | 'medium' | 'low' | 'unknown';
export type MitigationStatus = 'planned' | 'in_progress' | 'mitigated' | 'accepted';

export interface RiskAssessment {
  risk: RiskKind;
  level: RiskLevel;
  /** What the level was read from, in words a reviewer can check. */
  evidence: string[];
}

/** What is known of a partner that bears on its risks. */
export interface RiskFacts {
  /** The latest renewal alert of each contract and whether its term was decided. */
  renewals: readonly {
    contractId: string;
    kind: string;
    actionDeadline: string;
    decided: boolean;
  }[];
  /** Share of its entity and category's revenue, percent; null without financials. */
  revenueSharePct: number | null;
  concentrationBand: ConcentrationBand | null;
  dominantSharePct: number;
  /** Sub-scores from the latest score. */
  reliability: number | null;
  strategicScore: number | null;
  /** Capabilities the partner alone provides among the entity's active partners. */
  soleProviderOf: readonly string[];
  sponsorUsername: string | null;
  sponsorLastInteractionOn: string | null;
  daysSinceSponsorInteraction: number | null;
  decayLimitDays: number;
}

/** Below this a score is high risk, as red is below 50 in the default model. */
export const WEAK_SCORE = 50;
const FAIR = 70;

/**
 * The risk register of one partner: each of the five risks with a level and its evidence.
 * Levels follow the scoring thresholds where a score is the evidence (below 50 high, below
 * 70 medium), so a register and a status never tell different stories.
 */
export function assessRisks(facts: RiskFacts): RiskAssessment[] {
  return [
    contractLapse(facts),
    overdependence(facts),
    vendorFailure(facts),
    strategicMisalignment(facts),
    relationshipDecay(facts),
  ];
}

function contractLapse({ renewals }: RiskFacts): RiskAssessment {
  const open = renewals.filter((renewal) => !renewal.decided);
  const lapsing = open.filter((r) => r.kind === 'silent_rollover' || r.kind === 'overdue');
  const escalated = open.filter((r) => r.kind === 'escalation' || r.kind === 'deadline');
  const describe = (r: RiskFacts['renewals'][number]) =>
    `contract ${r.contractId}: ${r.kind.replace('_', ' ')} alert, act by ${r.actionDeadline}, no decision`;
  if (lapsing.length) {
    return { risk: 'contract_lapse', level: 'high', evidence: lapsing.map(describe) };
  }
  if (escalated.length) {
    return { risk: 'contract_lapse', level: 'medium', evidence: escalated.map(describe) };
  }

  return {
    risk: 'contract_lapse',
    level: 'low',
    evidence: open.length
      ? open.map(describe)
      : ['no renewal awaiting a decision under escalation'],
  };
}

function overdependence(facts: RiskFacts): RiskAssessment {
  const { revenueSharePct: share, concentrationBand: band, dominantSharePct: limit } = facts;
  if (share === null) {
    return { risk: 'overdependence', level: 'unknown', evidence: ['no financials reported'] };
  }
  const evidence = [
    `${share.toFixed(1)} % of its entity and category's revenue (flagged above ${limit} %)`,
    `category concentration: ${band?.replace('_', ' ') ?? 'not measured'}`,
  ];
  const level: RiskLevel =
    share > limit
      ? 'high'
      : band === 'highly_concentrated' && share >= limit / 2
        ? 'medium'
        : 'low';

  return { risk: 'overdependence', level, evidence };
}

function vendorFailure({ reliability, soleProviderOf }: RiskFacts): RiskAssessment {
  const evidence =
    reliability === null ? ['no KPIs reported'] : [`reliability sub-score ${reliability}`];
  if (soleProviderOf.length) {
    evidence.push(`sole active provider of ${soleProviderOf.join(', ')}`);
  }
  const fromReliability: RiskLevel =
    reliability === null
      ? 'unknown'
      : reliability < WEAK_SCORE
        ? 'high'
        : reliability < FAIR
          ? 'medium'
          : 'low';
  // Being the only provider of something makes a failure costly, whatever the record says.
  const level: RiskLevel =
    soleProviderOf.length && (fromReliability === 'low' || fromReliability === 'unknown')
      ? 'medium'
      : fromReliability;

  return { risk: 'vendor_failure', level, evidence };
}

function strategicMisalignment({ strategicScore: score }: RiskFacts): RiskAssessment {
  if (score === null) {
    return {
      risk: 'strategic_misalignment',
      level: 'unknown',
      evidence: ['no executive assessment recorded'],
    };
  }

  return {
    risk: 'strategic_misalignment',
    level: score < WEAK_SCORE ? 'high' : score < FAIR ? 'medium' : 'low',
    evidence: [`strategic score ${score} (optionality and alignment)`],
  };
}

function relationshipDecay(facts: RiskFacts): RiskAssessment {
  const { sponsorUsername, sponsorLastInteractionOn, daysSinceSponsorInteraction: days } = facts;
  const limit = facts.decayLimitDays;
  if (!sponsorUsername) {
    return { risk: 'relationship_decay', level: 'high', evidence: ['no executive sponsor'] };
  }
  if (days === null || !sponsorLastInteractionOn) {
    return {
      risk: 'relationship_decay',
      level: 'high',
      evidence: [`sponsor ${sponsorUsername} has no recorded interaction`],
    };
  }
  const evidence = [
    `sponsor ${sponsorUsername} last took part on ${sponsorLastInteractionOn}, ${days} days ago (limit ${limit})`,
  ];

  return {
    risk: 'relationship_decay',
    level: days > limit ? 'high' : days > (limit * 2) / 3 ? 'medium' : 'low',
    evidence,
  };
}
