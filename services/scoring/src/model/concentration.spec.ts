import fc from 'fast-check';

import {
  concentrationBand,
  dominantPartners,
  herfindahlIndex,
  type PartnerRevenue,
  revenueShares,
} from './concentration';

const partners = (...revenues: number[]): PartnerRevenue[] =>
  revenues.map((revenueMinor, index) => ({ partnerId: `p${index + 1}`, revenueMinor }));
const hhiOf = (revenues: PartnerRevenue[]) =>
  herfindahlIndex(revenueShares(revenues).map((share) => share.sharePct));

describe('revenueShares', () => {
  it('gives each partner its percentage of the total, in the order given', () => {
    expect(revenueShares(partners(5_000, 3_000, 1_500, 500))).toEqual([
      { partnerId: 'p1', sharePct: 50 },
      { partnerId: 'p2', sharePct: 30 },
      { partnerId: 'p3', sharePct: 15 },
      { partnerId: 'p4', sharePct: 5 },
    ]);
  });

  it('gives every partner a share of 0 when there is no revenue at all', () => {
    expect(revenueShares(partners(0, 0)).map((share) => share.sharePct)).toEqual([0, 0]);
    expect(revenueShares([])).toEqual([]);
  });

  it('gives a partner with a net credit no share, rather than a negative one', () => {
    expect(revenueShares(partners(-1_000, 3_000, 1_000)).map((share) => share.sharePct)).toEqual([
      0, 75, 25,
    ]);
  });
});

describe('herfindahlIndex', () => {
  it.each<[string, number[], number]>([
    [
      '50/30/15/5: 2,500 + 900 + 225 + 25',
      partners(50, 30, 15, 5).map((p) => p.revenueMinor),
      3650,
    ],
    ['a monopoly', [100], 10_000],
    ['ten equal partners: 10 × 10²', Array<number>(10).fill(10), 1000],
    ['no partners', [], 0],
    ['shares of 33.3…: 3 × 1,111.1… rounded', [100 / 3, 100 / 3, 100 / 3], 3333],
  ])('sums squared percentage shares for %s', (_, shares, expected) => {
    expect(herfindahlIndex(shares)).toBe(expected);
  });

  it('puts a monopoly at 10,000, however many partners bring nothing', () => {
    expect(hhiOf(partners(42_000, 0, 0))).toBe(10_000);
  });

  it('measures 50/30/15/5 as highly concentrated and ten equal partners as moderately', () => {
    expect(concentrationBand(hhiOf(partners(50, 30, 15, 5)))).toBe('highly_concentrated');
    expect(concentrationBand(hhiOf(partners(...Array<number>(10).fill(7))))).toBe(
      'moderately_concentrated',
    );
  });
});

describe('concentrationBand', () => {
  it.each([
    [0, 'not_concentrated'],
    [999, 'not_concentrated'],
    [1000, 'moderately_concentrated'],
    [1800, 'moderately_concentrated'],
    [1801, 'highly_concentrated'],
    [10_000, 'highly_concentrated'],
  ])('puts an HHI of %p in the band %p', (hhi, band) => {
    expect(concentrationBand(hhi)).toBe(band);
  });
});

describe('dominantPartners', () => {
  const shares = revenueShares(partners(15, 30, 50, 5));

  it('lists the partners strictly above 30 % by default', () => {
    expect(dominantPartners(shares)).toEqual([{ partnerId: 'p3', sharePct: 50 }]);
  });

  it('lists them largest first, ties by partner id, above the limit given', () => {
    const tied = revenueShares(partners(40, 20, 40));

    expect(dominantPartners(shares, 10).map((share) => share.partnerId)).toEqual([
      'p3',
      'p2',
      'p1',
    ]);
    expect(dominantPartners(tied, 20).map((share) => share.partnerId)).toEqual(['p1', 'p3']);
  });
});

const revenues = fc.array(fc.integer({ min: 1, max: 1_000_000_000 }), {
  minLength: 1,
  maxLength: 40,
});

describe('concentration invariants', () => {
  it('shares add up to 100 %', () => {
    fc.assert(
      fc.property(revenues, (amounts) => {
        const total = revenueShares(partners(...amounts)).reduce((sum, s) => sum + s.sharePct, 0);

        expect(total).toBeCloseTo(100, 9);
      }),
    );
  });

  it('puts the HHI of n partners with revenue between 10,000 / n and 10,000', () => {
    fc.assert(
      fc.property(revenues, (amounts) => {
        const hhi = hhiOf(partners(...amounts));

        expect(hhi).toBeGreaterThanOrEqual(Math.floor(10_000 / amounts.length));
        expect(hhi).toBeLessThanOrEqual(10_000);
      }),
    );
  });

  it('does not depend on the order the partners come in', () => {
    const shuffled = revenues.chain((amounts) =>
      fc.tuple(
        fc.constant(partners(...amounts)),
        fc.shuffledSubarray(partners(...amounts), {
          minLength: amounts.length,
          maxLength: amounts.length,
        }),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([inOrder, reordered]) => {
        expect(hhiOf(reordered)).toBe(hhiOf(inOrder));
      }),
    );
  });
});
