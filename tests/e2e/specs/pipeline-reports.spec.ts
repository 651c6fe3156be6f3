import { boardSchema, decisionLogSchema, funnelSchema } from '@pn/pipeline-api';

import { api } from '../support/api';
import { type Opportunity, opportunityAt, type Refusal, review } from '../support/pipeline';

describe('the pipeline from above: board, funnel, decision log and model versions', () => {
  it('shows the board, the funnel and the decision log of the caller’s entities', async () => {
    const rejected = await opportunityAt('strategy_review', {
      ratings: { strategicValue: 1, financialUpside: 1, operationalComplexity: 5 },
    });
    await review(rejected.id, 'strategy_review', 'sam.strategy', {
      outcome: 'reject',
      comment: 'No fit with the strategy this year',
    });
    const withdrawn = await opportunityAt('qualifying');
    await api('POST', `/opportunities/${withdrawn.id}/stage`, {
      as: 'oli.ops',
      body: { to: 'withdrawn', reason: 'The counterparty was acquired' },
    });

    const board = boardSchema.parse(
      (await api('GET', '/pipeline/board?entityId=US01', { as: 'erin.exec' })).body,
    );
    const funnel = funnelSchema.parse(
      (await api('GET', '/pipeline/funnel?entityId=US01', { as: 'erin.exec' })).body,
    );
    const log = decisionLogSchema.parse(
      (await api('GET', '/pipeline/decisions?decision=no_go', { as: 'erin.exec' })).body,
    );
    const ukLog = decisionLogSchema.parse(
      (await api('GET', '/pipeline/decisions', { as: 'lena.legal' })).body,
    );
    const column = (stage: string) => board.find((entry) => entry.stage === stage)!;

    expect(board.map((entry) => entry.stage)).toEqual([
      'identified',
      'qualifying',
      'scored',
      'strategy_review',
      'legal_feasibility',
      'executive_signoff',
      'decided',
      'withdrawn',
    ]);
    expect(column('withdrawn').opportunities.map((card) => card.id)).toContain(withdrawn.id);
    expect(column('decided').count).toBe(column('decided').opportunities.length);
    expect(column('decided').value).toEqual([
      { currency: 'USD', amountMinor: 250_000_000 * column('decided').count },
    ]);
    for (const stage of funnel) {
      expect(stage.advanced).toBeLessThanOrEqual(stage.entered);
      expect(stage.conversionPct).toBe(
        stage.entered ? Math.round((1000 * stage.advanced) / stage.entered) / 10 : null,
      );
    }
    expect(funnel.find((stage) => stage.stage === 'identified')?.entered).toBeGreaterThan(0);
    expect(log.find((entry) => entry.opportunityId === rejected.id)).toMatchObject({
      decision: 'no_go',
      rationale: 'No fit with the strategy this year',
      recommendation: 'no_go',
      decidedBy: 'sam.strategy',
    });
    expect(log.every((entry) => entry.decision === 'no_go')).toBe(true);
    expect(ukLog.some((entry) => entry.entityId === 'US01')).toBe(false);
  });

  it('scores with a new model version from its publication on, keeping earlier scores as they were', async () => {
    const before = await opportunityAt('scored');
    const defaults = {
      weights: { strategicValue: 0.45, financialUpside: 0.35, operationalComplexity: 0.2 },
      goThreshold: 70,
      noGoThreshold: 40,
    };

    const byLegal = await api('POST', '/pipeline/models', {
      as: 'lee.legal',
      body: { ...defaults, reason: 'not mine to change' },
    });
    const unbalanced = await api<Refusal>('POST', '/pipeline/models', {
      as: 'sam.strategy',
      body: {
        ...defaults,
        weights: { strategicValue: 0.5, financialUpside: 0.5, operationalComplexity: 0.5 },
        reason: 'weights that do not add up',
      },
    });
    const published = await api<{ version: number }>('POST', '/pipeline/models', {
      as: 'sam.strategy',
      body: { ...defaults, goThreshold: 90, reason: 'a higher bar for a go this year' },
    });
    const after = await opportunityAt('scored');
    const restored = await api('POST', '/pipeline/models', {
      as: 'sam.strategy',
      body: { ...defaults, reason: 'back to the default bar' },
    });
    const earlier = await api<Opportunity>('GET', `/opportunities/${before.id}`, { as: 'oli.ops' });

    expect(byLegal.status).toBe(403);
    expect(unbalanced).toMatchObject({ status: 400, body: { code: 'opportunity_model.invalid' } });
    expect(published.status).toBe(201);
    // The same 86.3 falls short of a go at 90: executive judgement under the new version.
    expect(after.score).toMatchObject({
      score: 86.3,
      recommendation: 'executive_judgement',
      modelVersion: published.body.version,
      goThreshold: 90,
    });
    expect(earlier.body.score).toMatchObject({ recommendation: 'go', goThreshold: 70 });
    expect(restored.status).toBe(201);
  });
});
