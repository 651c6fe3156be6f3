import { currentScoreSchema, partnerScoreSchema, scoringTaskSchema } from '@pn/scoring-api';

import { api, eventually } from '../support/api';
import { publishedEvents } from '../support/events';
import { createPartner, type Partner } from '../support/fixtures';

type Score = ReturnType<typeof partnerScoreSchema.parse>;

/** Last month: begun everywhere, and inside every score's twelve-month window. */
function lastMonth(): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));

  return month.toISOString().slice(0, 7);
}

const PERIOD = lastMonth();
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** A partner scoring already knows of: its partner event has arrived. */
async function scoringPartner(entityId: string): Promise<Partner> {
  const partner = await createPartner('sam.strategy', entityId, undefined, { category: 'vendor' });
  await eventually(async () => {
    const response = await api<{ code: string }>('GET', `/partners/${partner.id}/score`, {
      as: 'sam.strategy',
    });

    return response.body.code === 'score.not_found' ? true : undefined;
  });

  return partner;
}

const tasksOf = async (partnerId: string) =>
  (
    await api<unknown[]>('GET', `/scoring/tasks?partnerId=${partnerId}`, { as: 'erin.exec' })
  ).body.map((task) => scoringTaskSchema.parse(task));

describe('relationship health scores: inputs, explanation, thresholds and the actions they open', () => {
  let weak: Partner;
  let small: Partner;
  // Another suite may have published versions (with the default weights and thresholds).
  let modelVersion: number;

  beforeAll(async () => {
    modelVersion = (await api<{ version: number }[]>('GET', '/scoring/models', { as: 'erin.exec' }))
      .body[0].version;
    weak = await scoringPartner('US01');
    small = await scoringPartner('US01');
  });

  it('scores a partner from its financials, explains it, and opens an executive review on red', async () => {
    const response = await api<Score>('POST', `/partners/${weak.id}/financials`, {
      as: 'fran.finance',
      body: { period: PERIOD, revenue: usd(12_000_000), cost: usd(9_000_000), source: 'erp' },
    });
    const score = currentScoreSchema.parse(response.body);

    expect(response.status).toBe(201);
    // Alone in its category, it is the benchmark (50); it keeps 25 % of its revenue (25).
    expect(score.categories.financial.subScores).toEqual({
      revenueContribution: 50,
      costEfficiency: 25,
    });
    expect(score).toMatchObject({
      score: 37.5,
      status: 'red',
      modelVersion,
      stale: false,
      renegotiationRequired: true,
    });
    expect(score.missing).toEqual(
      expect.arrayContaining(['reliability', 'responsiveness', 'optionality', 'alignment']),
    );
    expect(score.inputs).toMatchObject({ revenueMinor: 12_000_000, costMinor: 9_000_000 });
    expect(await tasksOf(weak.id)).toEqual([
      expect.objectContaining({ kind: 'executive_review', status: 'open' }),
    ]);
  });

  it('compares revenue with the category’s average in the entity', async () => {
    const response = await api<Score>('POST', `/partners/${small.id}/financials`, {
      as: 'fran.finance',
      body: { period: PERIOD, revenue: usd(4_000_000), cost: usd(1_000_000) },
    });

    // The average is now (120,000 + 40,000) / 2: 40,000 earns 25; a 75 % margin, 75.
    expect(response.body).toMatchObject({ score: 50, status: 'yellow' });
    expect(await tasksOf(small.id)).toEqual([expect.objectContaining({ kind: 'monitoring' })]);
  });

  it('rises through yellow to green as operations and the executives report, publishing each change', async () => {
    const afterKpis = await api<Score>('POST', `/partners/${weak.id}/kpis`, {
      as: 'oli.ops',
      body: {
        period: PERIOD,
        slaAttainmentPct: 98,
        incidents: 1,
        responseHours: 6,
        responseTargetHours: 8,
      },
    });
    const afterAssessment = await api<Score>('POST', `/partners/${weak.id}/assessments`, {
      as: 'erin.exec',
      body: {
        optionality: 4,
        alignment: 5,
        comment: 'Core to the EU expansion; two alternatives.',
      },
    });

    // Financial (75 + 25) / 2 = 50; operational: 98 − 10 × 3 incidents a quarter = 68 and
    // 100 for beating its response target, so 84; strategic (75 + 100) / 2 = 87.5.
    expect(afterKpis.body).toMatchObject({ score: 67, status: 'yellow' });
    expect(afterAssessment.body).toMatchObject({ score: 75.2, status: 'green' });
    expect(afterAssessment.body.categories.strategic).toMatchObject({ score: 87.5, weight: 0.4 });
    const changes = await eventually(async () => {
      const found = (await publishedEvents('scoring')).filter(
        (event) =>
          event.type === 'pn.scoring.score.status_changed.v1' && event.data.partnerId === weak.id,
      );

      return found.length === 3 ? found : undefined;
    });
    expect(changes.map((event) => [event.data.previousStatus, event.data.status])).toEqual([
      [null, 'red'],
      ['red', 'yellow'],
      ['yellow', 'green'],
    ]);
    expect(changes.map((event) => event.data.action)).toEqual([
      'executive_review',
      'monitoring',
      null,
    ]);
  });

  it('closes a task with its outcome, executive reviews by executives only, once', async () => {
    const [review] = (await tasksOf(weak.id)).filter((task) => task.kind === 'executive_review');
    const byOperations = await api('POST', `/scoring/tasks/${review.id}/complete`, {
      as: 'oli.ops',
      body: { outcome: 'not mine to close' },
    });
    const closed = await api('POST', `/scoring/tasks/${review.id}/complete`, {
      as: 'erin.exec',
      body: { outcome: 'Rate card renegotiated; keep under monitoring.' },
    });
    const again = await api<{ code: string }>('POST', `/scoring/tasks/${review.id}/complete`, {
      as: 'sam.strategy',
      body: { outcome: 'twice' },
    });
    const outside = await api('POST', `/scoring/tasks/${review.id}/complete`, {
      as: 'lena.legal',
      body: { outcome: 'not my entity' },
    });

    expect(byOperations.status).toBe(403);
    expect(scoringTaskSchema.parse(closed.body)).toMatchObject({
      status: 'done',
      completedBy: 'erin.exec',
      outcome: 'Rate card renegotiated; keep under monitoring.',
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'task.already_done' } });
    expect(outside.status).toBe(404);
  });

  it('keeps every score with the model version that made it, newest first', async () => {
    const history = await api<Score[]>('GET', `/partners/${weak.id}/scores`, { as: 'aud.auditor' });

    expect(history.body.map((score) => [score.score, score.trigger])).toEqual([
      [75.2, 'assessment'],
      [67, 'kpis'],
      [37.5, 'financials'],
    ]);
    expect(new Set(history.body.map((score) => score.modelVersion))).toEqual(
      new Set([modelVersion]),
    );
  });

  it('lets only the right roles enter each input, and the auditor only read', async () => {
    const byOperations = await api<{ code: string }>('POST', `/partners/${weak.id}/assessments`, {
      as: 'oli.ops',
      body: { optionality: 3, alignment: 3, comment: 'not mine to judge' },
    });
    const byAuditor = await api('POST', `/partners/${weak.id}/financials`, {
      as: 'aud.auditor',
      body: { period: PERIOD, revenue: usd(1), cost: usd(1) },
    });
    const read = await api('GET', `/partners/${weak.id}/score`, { as: 'aud.auditor' });

    expect(byOperations.status).toBe(403);
    expect(byAuditor.status).toBe(403);
    expect(read.status).toBe(200);
  });

  it('refuses bad input with its reason and stores nothing', async () => {
    const before = (await api<Score[]>('GET', `/partners/${weak.id}/scores`, { as: 'erin.exec' }))
      .body.length;
    const unknownPartner = await api<{ code: string }>(
      'POST',
      '/partners/00000000-0000-4000-8000-000000000000/kpis',
      {
        as: 'oli.ops',
        body: {
          period: PERIOD,
          slaAttainmentPct: 99,
          incidents: 0,
          responseHours: 1,
          responseTargetHours: 2,
        },
      },
    );
    const future = await api<{ code: string; message: string }>(
      'POST',
      `/partners/${weak.id}/financials`,
      { as: 'fran.finance', body: { period: '2999-01', revenue: usd(1), cost: usd(1) } },
    );
    const rating = await api<{ message: string }>('POST', `/partners/${weak.id}/assessments`, {
      as: 'erin.exec',
      body: { optionality: 6, alignment: 3, comment: 'off the scale' },
    });
    const mixed = await api<{ message: string }>('POST', `/partners/${weak.id}/financials`, {
      as: 'fran.finance',
      body: { period: PERIOD, revenue: usd(100), cost: { amountMinor: 50, currency: 'GBP' } },
    });
    const otherCurrency = await api<{ code: string; message: string }>(
      'POST',
      `/partners/${weak.id}/financials`,
      {
        as: 'fran.finance',
        body: {
          period: PERIOD,
          revenue: { amountMinor: 100, currency: 'EUR' },
          cost: { amountMinor: 50, currency: 'EUR' },
        },
      },
    );
    const after = (await api<Score[]>('GET', `/partners/${weak.id}/scores`, { as: 'erin.exec' }))
      .body.length;

    expect(unknownPartner).toMatchObject({ status: 404, body: { code: 'partner.not_found' } });
    expect(future).toMatchObject({ status: 400, body: { code: 'input.future_period' } });
    expect(future.body.message).toContain('2999-01');
    expect(rating.status).toBe(400);
    expect(JSON.stringify(rating.body)).toContain('optionality');
    expect(mixed.status).toBe(400);
    expect(JSON.stringify(mixed.body)).toContain('one currency');
    expect(otherCurrency).toMatchObject({
      status: 400,
      body: { code: 'financials.currency_mismatch' },
    });
    expect(after).toBe(before);
  });

  it('answers 404 for a partner of an entity the caller cannot see', async () => {
    const british = await scoringPartner('UK01');
    const fromUs = await api<{ code: string }>('POST', `/partners/${british.id}/kpis`, {
      as: 'oli.ops',
      body: {
        period: PERIOD,
        slaAttainmentPct: 99,
        incidents: 0,
        responseHours: 1,
        responseTargetHours: 2,
      },
    });
    const read = await api<{ code: string }>('GET', `/partners/${british.id}/scores`, {
      as: 'oli.ops',
    });

    expect(fromUs).toMatchObject({ status: 404, body: { code: 'partner.not_found' } });
    expect(read).toMatchObject({ status: 404, body: { code: 'partner.not_found' } });
  });
});
