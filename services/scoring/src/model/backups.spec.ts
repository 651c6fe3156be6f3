import fc from 'fast-check';

import { backupPartners, capabilityCoverage, type CapablePartner } from './backups';

const partner = (
  partnerId: string,
  legalName: string,
  capabilities: string[],
  score: number | null,
  status = 'active',
): CapablePartner => ({ partnerId, legalName, status, capabilities, score });

// Last mile has five providers, one of them offboarding; warehousing only Alpha; customs
// only Delta, which is leaving.
const alpha = partner('a', 'Alpha Freight', ['warehousing', 'last-mile'], 80);
const beta = partner('b', 'Beta Logistics', ['last-mile'], 65);
const carta = partner('c', 'Carta Courier', ['last-mile', 'last-mile'], null);
const delta = partner('d', 'Delta Ports', ['last-mile', 'customs'], 90, 'offboarding');
const echo = partner('e', 'Echo Cargo', ['last-mile'], 65);
const portfolio = [echo, delta, carta, beta, alpha];
const ids = (providers: { partnerId: string }[]) => providers.map((p) => p.partnerId);

describe('capabilityCoverage', () => {
  it('lists every capability by name with its active providers, best score first', () => {
    const coverage = capabilityCoverage(portfolio);

    expect(coverage.map((entry) => entry.capability)).toEqual([
      'customs',
      'last-mile',
      'warehousing',
    ]);
    // Beta and Echo tie on 65 and go by name; Carta has no score yet; Delta is leaving.
    expect(ids(coverage[1].providers)).toEqual(['a', 'b', 'e', 'c']);
    expect(coverage[1].providers[0]).toEqual({
      partnerId: 'a',
      legalName: 'Alpha Freight',
      score: 80,
    });
  });

  it('flags a capability only one active partner provides as a single point of failure', () => {
    const coverage = capabilityCoverage(portfolio);

    expect(coverage.map((entry) => [entry.capability, entry.singlePointOfFailure])).toEqual([
      ['customs', false],
      ['last-mile', false],
      ['warehousing', true],
    ]);
  });

  it('shows a capability with only inactive providers as uncovered, not as a single one', () => {
    expect(capabilityCoverage(portfolio)[0]).toEqual({
      capability: 'customs',
      providers: [],
      singlePointOfFailure: false,
    });
  });

  it('is empty for no partners', () => {
    expect(capabilityCoverage([])).toEqual([]);
  });
});

describe('backupPartners', () => {
  it('ranks the other active providers of each capability of the partner', () => {
    expect(backupPartners('a', portfolio)).toEqual([
      {
        capability: 'last-mile',
        backups: [
          { partnerId: 'b', legalName: 'Beta Logistics', score: 65 },
          { partnerId: 'e', legalName: 'Echo Cargo', score: 65 },
          { partnerId: 'c', legalName: 'Carta Courier', score: null },
        ],
      },
      { capability: 'warehousing', backups: [] },
    ]);
  });

  it('finds replacements for a partner that is leaving', () => {
    expect(
      backupPartners('d', portfolio).map((entry) => [entry.capability, ids(entry.backups)]),
    ).toEqual([
      ['customs', []],
      ['last-mile', ['a', 'b', 'e', 'c']],
    ]);
  });

  it('lists a capability the partner repeats once', () => {
    expect(backupPartners('c', portfolio).map((entry) => entry.capability)).toEqual(['last-mile']);
  });

  it('refuses a partner it does not know', () => {
    expect(() => backupPartners('z', portfolio)).toThrow(RangeError);
  });
});

const partnersArbitrary: fc.Arbitrary<CapablePartner[]> = fc.uniqueArray(
  fc.record({
    partnerId: fc.string({ minLength: 1, maxLength: 4 }),
    legalName: fc.string({ maxLength: 6 }),
    status: fc.constantFrom('active', 'onboarding', 'offboarding', 'terminated'),
    capabilities: fc.array(fc.constantFrom('customs', 'last-mile', 'warehousing', 'it')),
    score: fc.option(fc.integer({ min: 0, max: 100 })),
  }),
  { selector: (candidate) => candidate.partnerId, maxLength: 12 },
);

describe('backup invariants', () => {
  it('never offers the partner itself, an inactive partner, or a better one after a worse', () => {
    fc.assert(
      fc.property(partnersArbitrary, (all) => {
        const status = new Map(all.map((p) => [p.partnerId, p.status]));
        for (const { partnerId } of all) {
          for (const { backups } of backupPartners(partnerId, all)) {
            const scores = backups.map((backup) => backup.score ?? -1);

            expect(backups.every((backup) => backup.partnerId !== partnerId)).toBe(true);
            expect(backups.every((backup) => status.get(backup.partnerId) === 'active')).toBe(true);
            expect(scores).toEqual([...scores].sort((x, y) => y - x));
          }
        }
      }),
    );
  });

  it('calls a single point of failure exactly the capabilities with one active provider', () => {
    fc.assert(
      fc.property(partnersArbitrary, (all) => {
        for (const entry of capabilityCoverage(all)) {
          const active = all.filter(
            (p) => p.status === 'active' && p.capabilities.includes(entry.capability),
          );

          expect(entry.providers).toHaveLength(active.length);
          expect(entry.singlePointOfFailure).toBe(active.length === 1);
        }
      }),
    );
  });
});
