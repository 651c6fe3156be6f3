import { DEFAULT_MODEL } from './default-model';
import { scorePartner, statusOf } from './score';
import type { ScoreInputs, ScoringModel } from './types';

const nothingKnown: ScoreInputs = {
  revenueMinor: null,
  costMinor: null,
  revenueShareBenchmarkMinor: null,
  slaAttainmentPct: null,
  incidentsPerQuarter: null,
  responseHours: null,
  responseTargetHours: null,
  optionality: null,
  alignment: null,
};

// Sub-scores: revenue 75 (1.5 × the mean), cost 60 (keeps 60 %), reliability 88 (98 − 10),
// responsiveness 80 (4 / 5 hours), optionality 75 (rating 4), alignment 50 (rating 3).
const healthy: ScoreInputs = {
  revenueMinor: 150_000,
  costMinor: 60_000,
  revenueShareBenchmarkMinor: 100_000,
  slaAttainmentPct: 98,
  incidentsPerQuarter: 1,
  responseHours: 5,
  responseTargetHours: 4,
  optionality: 4,
  alignment: 3,
};

describe('scorePartner', () => {
  it('weighs the category means by the model, explaining every part', () => {
    // Carrier: 0.25 × 67.5 + 0.35 × 84 + 0.4 × 62.5 = 16.875 + 29.4 + 25 = 71.275
    expect(scorePartner('carrier', healthy, DEFAULT_MODEL)).toEqual({
      score: 71.3,
      status: 'green',
      modelVersion: 1,
      categories: {
        financial: {
          score: 67.5,
          weight: 0.25,
          subScores: { revenueContribution: 75, costEfficiency: 60 },
        },
        operational: {
          score: 84,
          weight: 0.35,
          subScores: { reliability: 88, responsiveness: 80 },
        },
        strategic: { score: 62.5, weight: 0.4, subScores: { optionality: 75, alignment: 50 } },
      },
      missing: [],
    });
  });

  it('weighs the same inputs by the weights of the partner’s category', () => {
    // Cost 52,500 keeps 65 % of 150,000, so financial is (75 + 65) / 2 = 70.
    const inputs = { ...healthy, costMinor: 52_500 };

    // Vendor: 0.3 × 70 + 0.3 × 84 + 0.4 × 62.5 = 21 + 25.2 + 25 = 71.2
    expect(scorePartner('vendor', inputs, DEFAULT_MODEL).score).toBe(71.2);
    // Carrier: 0.25 × 70 + 0.35 × 84 + 0.4 × 62.5 = 17.5 + 29.4 + 25 = 71.9
    expect(scorePartner('carrier', inputs, DEFAULT_MODEL).score).toBe(71.9);
  });

  it('shares the weight of an unknown category among the known ones', () => {
    const noFinancials = { ...healthy, revenueMinor: null, costMinor: null };
    const scored = scorePartner('vendor', noFinancials, DEFAULT_MODEL);

    // (0.3 × 84 + 0.4 × 62.5) / 0.7 = 50.2 / 0.7 = 71.714…; counting finance as 0 gives 50.2.
    expect(scored.score).toBe(71.7);
    expect(scored.status).toBe('green');
    expect(scored.categories.financial).toEqual({
      score: null,
      weight: 0.3,
      subScores: { revenueContribution: null, costEfficiency: null },
    });
    expect(scored.missing).toEqual(['revenueContribution', 'costEfficiency']);
  });

  it('averages only the known sub-scores of a category', () => {
    const slowUnknown = { ...healthy, responseHours: null };
    const scored = scorePartner('carrier', slowUnknown, DEFAULT_MODEL);

    expect(scored.categories.operational.score).toBe(88);
    expect(scored.missing).toEqual(['responsiveness']);
    // 16.875 + 0.35 × 88 + 25 = 72.675
    expect(scored.score).toBe(72.7);
  });

  it('rounds once, at the end, not the parts it is made of', () => {
    const inputs: ScoreInputs = {
      ...healthy,
      revenueMinor: 110_000,
      costMinor: 70_000,
      slaAttainmentPct: 93,
      responseHours: 3,
    };
    const scored = scorePartner('carrier', inputs, DEFAULT_MODEL);

    // Financial (55 + 36.36…) / 2 = 45.68…, operational (83 + 100) / 2 = 91.5, and
    // 0.25 × 45.68… + 0.35 × 91.5 + 0.4 × 62.5 = 68.445…; from 45.7 it would be 68.45 → 68.5.
    expect(scored.categories.financial).toEqual({
      score: 45.7,
      weight: 0.25,
      subScores: { revenueContribution: 55, costEfficiency: 36.4 },
    });
    expect(scored.score).toBe(68.4);
    expect(scored.status).toBe('yellow');
  });

  it('has no score and no status when nothing is known', () => {
    const scored = scorePartner('strategic_partner', nothingKnown, DEFAULT_MODEL);

    expect(scored).toMatchObject({ score: null, status: null, modelVersion: 1 });
    expect(scored.categories.strategic.score).toBeNull();
    expect(scored.missing).toEqual([
      'revenueContribution',
      'costEfficiency',
      'reliability',
      'responsiveness',
      'optionality',
      'alignment',
    ]);
  });

  it('has no score when the only known category weighs nothing in the model', () => {
    const model: ScoringModel = structuredClone(DEFAULT_MODEL);
    model.weights.vendor = { financial: 0, operational: 0.5, strategic: 0.5 };
    const scored = scorePartner(
      'vendor',
      { ...nothingKnown, revenueMinor: 1, costMinor: 1 },
      model,
    );

    expect(scored.categories.financial.score).toBe(0);
    expect(scored).toMatchObject({ score: null, status: null });
  });

  it('records the version of the model that made it', () => {
    const model = { ...DEFAULT_MODEL, version: 7 };

    expect(scorePartner('vendor', healthy, model).modelVersion).toBe(7);
  });

  it('refuses a rating off the scale rather than score it', () => {
    expect(() => scorePartner('vendor', { ...healthy, alignment: 6 }, DEFAULT_MODEL)).toThrow(
      /alignment/,
    );
  });
});

describe('statusOf', () => {
  it.each([
    [100, 'green'],
    [70, 'green'],
    [69.9, 'yellow'],
    [50, 'yellow'],
    [49.9, 'red'],
    [0, 'red'],
    [null, null],
  ])('gives %p the status %p', (score, expected) => {
    expect(statusOf(score, DEFAULT_MODEL.thresholds)).toBe(expected);
  });
});
