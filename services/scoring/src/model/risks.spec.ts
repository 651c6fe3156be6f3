import { assessRisks, type RiskFacts, type RiskLevel } from './risks';

const healthy: RiskFacts = {
  renewals: [],
  revenueSharePct: 12,
  concentrationBand: 'not_concentrated',
  dominantSharePct: 30,
  reliability: 92,
  strategicScore: 80,
  soleProviderOf: [],
  sponsorUsername: 'erin.exec',
  sponsorLastInteractionOn: '2026-11-20',
  daysSinceSponsorInteraction: 13,
  decayLimitDays: 90,
};

const levelOf = (risk: string, facts: Partial<RiskFacts>): RiskLevel =>
  assessRisks({ ...healthy, ...facts }).find((entry) => entry.risk === risk)!.level;

describe('the risk register of a partner', () => {
  it('lists the five risks of the brief, all low for a healthy relationship', () => {
    expect(assessRisks(healthy).map((entry) => [entry.risk, entry.level])).toEqual([
      ['contract_lapse', 'low'],
      ['overdependence', 'low'],
      ['vendor_failure', 'low'],
      ['strategic_misalignment', 'low'],
      ['relationship_decay', 'low'],
    ]);
  });

  it.each([
    ['silent_rollover', false, 'high'],
    ['overdue', false, 'high'],
    ['escalation', false, 'medium'],
    ['advance', false, 'low'],
    ['silent_rollover', true, 'low'],
  ] as const)('rates contract lapse %s (decided: %s) as %s', (kind, decided, level) => {
    const renewals = [{ contractId: 'c-1', kind, actionDeadline: '2026-12-01', decided }];

    expect(levelOf('contract_lapse', { renewals })).toBe(level);
  });

  it.each([
    [31, 'not_concentrated', 'high'],
    [30, 'highly_concentrated', 'medium'],
    [15, 'highly_concentrated', 'medium'],
    [14.9, 'highly_concentrated', 'low'],
    [29, 'moderately_concentrated', 'low'],
    [null, null, 'unknown'],
  ] as const)('rates a %s %% share in a %s category as %s', (share, band, level) => {
    expect(levelOf('overdependence', { revenueSharePct: share, concentrationBand: band })).toBe(
      level,
    );
  });

  it.each([
    [49.9, [], 'high'],
    [50, [], 'medium'],
    [70, [], 'low'],
    [70, ['customs'], 'medium'],
    [null, [], 'unknown'],
    [null, ['customs'], 'medium'],
  ] as const)(
    'rates vendor failure at reliability %s, sole provider of %j, as %s',
    (reliability, sole, level) => {
      expect(levelOf('vendor_failure', { reliability, soleProviderOf: sole })).toBe(level);
    },
  );

  it.each([
    [49, 'high'],
    [69.9, 'medium'],
    [70, 'low'],
    [null, 'unknown'],
  ] as const)('rates strategic misalignment at %s as %s', (strategicScore, level) => {
    expect(levelOf('strategic_misalignment', { strategicScore })).toBe(level);
  });

  it.each([
    [91, 'high'],
    [90, 'medium'],
    [61, 'medium'],
    [60, 'low'],
  ] as const)('rates relationship decay after %s days without the sponsor as %s', (days, level) => {
    expect(levelOf('relationship_decay', { daysSinceSponsorInteraction: days })).toBe(level);
  });

  it('rates decay high without a sponsor or any interaction of theirs, and says why', () => {
    const noSponsor = assessRisks({ ...healthy, sponsorUsername: null });
    const neverMet = assessRisks({
      ...healthy,
      sponsorLastInteractionOn: null,
      daysSinceSponsorInteraction: null,
    });

    expect(noSponsor[4]).toEqual({
      risk: 'relationship_decay',
      level: 'high',
      evidence: ['no executive sponsor'],
    });
    expect(neverMet[4].evidence).toEqual(['sponsor erin.exec has no recorded interaction']);
  });
});
