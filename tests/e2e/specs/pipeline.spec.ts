import { randomUUID } from 'node:crypto';

import {
  boardSchema,
  decisionLogSchema,
  funnelSchema,
  opportunityDetailSchema,
} from '@pn/pipeline-api';

import { api, eventually } from '../support/api';
import { deadLetterReasons, publishedEvents, republish } from '../support/events';

type Opportunity = ReturnType<typeof opportunityDetailSchema.parse>;
type Refusal = { code: string; message: string };

const CRITERIA = {
  strategic_alignment: { rating: 4, note: 'Opens the Nordics lane we lack' },
  revenue_potential: { rating: 4, note: 'About 2 M USD a year within two years' },
  risk_exposure: { rating: 2, note: 'Single-site operator, insured' },
};

/** An opportunity brought to a review stage, as the people who work it would. */
async function opportunityAt(
  stage: 'identified' | 'qualifying' | 'scored' | 'strategy_review',
  options: {
    createdBy?: string;
    ratings?: { strategicValue: number; financialUpside: number; operationalComplexity: number };
  } = {},
): Promise<Opportunity> {
  const as = options.createdBy ?? 'oli.ops';
  const created = await api<Opportunity>('POST', '/opportunities', {
    as,
    body: {
      entityId: 'US01',
      counterparty: `Fjord Logistics ${randomUUID().slice(0, 8)}`,
      proposedCategory: 'carrier',
      source: 'market_scanning',
      sponsorUsername: 'erin.exec',
      description: 'Cold-chain carrier for the Nordic lanes',
      estimatedValue: { amountMinor: 250_000_000, currency: 'USD' },
      potential: 'Revenue of about 2 M USD a year; protects the Nordic accounts',
      documentLinks: ['https://dms.example.com/opportunities/fjord-intro.pdf'],
    },
  });
  if (created.status !== 201) {
    throw new Error(
      `creating an opportunity answered ${created.status}: ${JSON.stringify(created.body)}`,
    );
  }
  let opportunity = created.body;
  const step = async (method: string, path: string, body: unknown) => {
    const response = await api<Opportunity>(method, `/opportunities/${opportunity.id}${path}`, {
      as,
      body,
    });
    if (response.status !== 200) {
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    opportunity = response.body;
  };
  if (stage === 'identified') {
    return opportunity;
  }
  await step('POST', '/stage', { to: 'qualifying', reason: 'worth a closer look' });
  if (stage === 'qualifying') {
    return opportunity;
  }
  await step('PUT', '/qualification', CRITERIA);
  await step(
    'POST',
    '/score',
    options.ratings ?? { strategicValue: 5, financialUpside: 4, operationalComplexity: 2 },
  );
  if (stage === 'scored') {
    return opportunity;
  }
  await step('POST', '/stage', { to: 'strategy_review', reason: 'ready for review' });

  return opportunity;
}

const review = (id: string, stage: string, as: string, body: Record<string, unknown>) =>
  api<Opportunity & Refusal>('POST', `/opportunities/${id}/reviews/${stage}`, { as, body });

const decide = (id: string, as: string, body: Record<string, unknown>) =>
  api<Opportunity & Refusal>('POST', `/opportunities/${id}/decision`, { as, body });

describe('the partnership pipeline: qualification, scoring, staged approvals and the decision', () => {
  it('takes an opportunity from identification to a go, each stage by its own role', async () => {
    // Another run may have published versions (and restored the default weights after).
    const [model] = (await api<{ version: number }[]>('GET', '/pipeline/models', { as: 'oli.ops' }))
      .body;
    const scored = await opportunityAt('scored');
    const opportunity = await opportunityAt('strategy_review');

    const strategy = await review(opportunity.id, 'strategy_review', 'sam.strategy', {
      outcome: 'approve',
      comment: 'Fits the Nordic expansion plan',
    });
    const legal = await review(opportunity.id, 'legal_feasibility', 'lee.legal', {
      outcome: 'approve',
      comment: 'Standard carrier terms apply; no sanctions exposure',
    });
    const decided = await decide(opportunity.id, 'erin.exec', {
      decision: 'go',
      rationale: 'Strong strategic fit at an acceptable operational cost',
    });
    const detail = opportunityDetailSchema.parse(decided.body);

    // 0.45 × 100 + 0.35 × 75 + 0.20 × (100 − 25) = 86.25: go at 70 and above.
    expect(scored.score).toMatchObject({
      score: 86.3,
      recommendation: 'go',
      modelVersion: model.version,
    });
    expect(scored.stage).toBe('scored');
    expect([strategy.status, legal.status, decided.status]).toEqual([200, 200, 200]);
    expect(detail.stage).toBe('decided');
    expect(detail.decision).toMatchObject({
      decision: 'go',
      decidedBy: 'erin.exec',
      recommendation: 'go',
      score: 86.3,
      modelVersion: model.version,
      goThreshold: 70,
      noGoThreshold: 40,
      overrideReason: null,
    });
    expect(detail.reviews.map((entry) => [entry.stage, entry.outcome, entry.by])).toEqual([
      ['strategy_review', 'approved', 'sam.strategy'],
      ['legal_feasibility', 'approved', 'lee.legal'],
      ['executive_signoff', 'approved', 'erin.exec'],
    ]);
    expect(detail.transitions.map((move) => [move.from, move.to, move.by])).toEqual([
      [null, 'identified', 'oli.ops'],
      ['identified', 'qualifying', 'oli.ops'],
      ['qualifying', 'scored', 'oli.ops'],
      ['scored', 'strategy_review', 'oli.ops'],
      ['strategy_review', 'legal_feasibility', 'sam.strategy'],
      ['legal_feasibility', 'executive_signoff', 'lee.legal'],
      ['executive_signoff', 'decided', 'erin.exec'],
    ]);
  });

  it('brings the partner of a go decision into contracts in onboarding, once, linked both ways', async () => {
    const opportunity = await opportunityAt('strategy_review');
    await review(opportunity.id, 'strategy_review', 'sam.strategy', {
      outcome: 'approve',
      comment: 'Fits',
    });
    await review(opportunity.id, 'legal_feasibility', 'lee.legal', {
      outcome: 'approve',
      comment: 'Feasible',
    });
    await decide(opportunity.id, 'erin.exec', {
      decision: 'go',
      rationale: 'Strong strategic fit at an acceptable operational cost',
    });

    const linked = await eventually(async () => {
      const found = (
        await api<Opportunity>('GET', `/opportunities/${opportunity.id}`, { as: 'oli.ops' })
      ).body;

      return found.partnerId ? found : undefined;
    });
    const partner = await api<{
      legalName: string;
      status: string;
      category: string;
      sponsorUsername: string;
      originOpportunityId: string;
    }>('GET', `/partners/${linked.partnerId}`, { as: 'oli.ops' });
    const [decided] = (await publishedEvents('pipeline')).filter(
      (event) => event.data.opportunityId === opportunity.id,
    );
    await republish(decided, { newId: false });
    await republish(decided, { newId: true });
    // Both copies are handled (or skipped) before a partner created after them would be.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const namesakes = await api<{ items: { id: string }[] }>(
      'GET',
      `/partners?entityId=US01&q=${encodeURIComponent(opportunity.counterparty)}`,
      { as: 'oli.ops' },
    );

    expect(partner.body).toMatchObject({
      legalName: opportunity.counterparty,
      status: 'onboarding',
      category: 'carrier',
      sponsorUsername: 'erin.exec',
      originOpportunityId: opportunity.id,
    });
    expect(namesakes.body.items.map((item) => item.id)).toEqual([linked.partnerId]);
    // Handled as already done, not refused: the copy was recognised, not fought off.
    expect(
      (await deadLetterReasons('contracts-opportunity-decisions')).filter((reason) =>
        reason.includes(opportunity.id),
      ),
    ).toEqual([]);
  });

  it('ends an opportunity as no-go when a stage rejects it, and sends one back on request', async () => {
    const weak = await opportunityAt('strategy_review', {
      ratings: { strategicValue: 1, financialUpside: 2, operationalComplexity: 5 },
    });
    const revisit = await opportunityAt('strategy_review');

    const rejected = await review(weak.id, 'strategy_review', 'sam.strategy', {
      outcome: 'reject',
      comment: 'No strategic fit; the lane is served well enough today',
    });
    await review(revisit.id, 'strategy_review', 'sam.strategy', {
      outcome: 'approve',
      comment: 'Promising',
    });
    const sentBack = await review(revisit.id, 'legal_feasibility', 'lee.legal', {
      outcome: 'reject',
      comment: 'Insurance limits must be qualified again',
      sendBackTo: 'qualifying',
    });

    expect(rejected.body).toMatchObject({
      stage: 'decided',
      decision: { decision: 'no_go', recommendation: 'no_go', decidedBy: 'sam.strategy' },
    });
    expect(sentBack.body.stage).toBe('qualifying');
    expect(sentBack.body.reviews.at(-1)).toMatchObject({
      outcome: 'rejected',
      sentBackTo: 'qualifying',
    });
  });

  it('requires an override reason to decide against the recommendation', async () => {
    const opportunity = await opportunityAt('strategy_review', {
      ratings: { strategicValue: 2, financialUpside: 2, operationalComplexity: 4 },
    });
    await review(opportunity.id, 'strategy_review', 'sam.strategy', {
      outcome: 'approve',
      comment: 'Worth it for the relationship with the parent group',
    });
    await review(opportunity.id, 'legal_feasibility', 'lee.legal', {
      outcome: 'approve',
      comment: 'No legal obstacle',
    });

    const withoutReason = await decide(opportunity.id, 'erin.exec', {
      decision: 'go',
      rationale: 'The parent group asked for it explicitly',
    });
    const overridden = await decide(opportunity.id, 'erin.exec', {
      decision: 'go',
      rationale: 'The parent group asked for it explicitly',
      overrideReason: 'Protects the parent group account worth 40 M USD a year',
    });

    // 0.45 × 25 + 0.35 × 25 + 0.20 × 25 = 25: below the no-go threshold of 40.
    expect(withoutReason).toMatchObject({
      status: 400,
      body: { code: 'decision.override_reason_required' },
    });
    expect(overridden.body.decision).toMatchObject({
      decision: 'go',
      recommendation: 'no_go',
      score: 25,
      overrideReason: 'Protects the parent group account worth 40 M USD a year',
    });
  });

  it('refuses approvals out of order, by the wrong role, by the creator or by a second-stage approver', async () => {
    const opportunity = await opportunityAt('strategy_review');
    const byStrategist = await opportunityAt('strategy_review', { createdBy: 'sam.strategy' });

    const outOfOrder = await review(opportunity.id, 'legal_feasibility', 'lee.legal', {
      outcome: 'approve',
      comment: 'Looks fine',
    });
    const wrongRole = await review(opportunity.id, 'strategy_review', 'lee.legal', {
      outcome: 'approve',
      comment: 'Looks fine',
    });
    const byCreator = await review(byStrategist.id, 'strategy_review', 'sam.strategy', {
      outcome: 'approve',
      comment: 'My own idea is good',
    });
    const counsel = await review(opportunity.id, 'strategy_review', 'kai.counsel', {
      outcome: 'approve',
      comment: 'Strategically sound',
    });
    const twice = await review(opportunity.id, 'legal_feasibility', 'kai.counsel', {
      outcome: 'approve',
      comment: 'And legally sound',
    });
    const unchanged = await api<Opportunity>('GET', `/opportunities/${opportunity.id}`, {
      as: 'oli.ops',
    });

    expect(outOfOrder).toMatchObject({ status: 409, body: { code: 'approval.out_of_order' } });
    expect(wrongRole).toMatchObject({ status: 403, body: { code: 'approval.wrong_role' } });
    expect(byCreator).toMatchObject({ status: 403, body: { code: 'approval.creator' } });
    expect(counsel.status).toBe(200);
    expect(twice).toMatchObject({ status: 403, body: { code: 'approval.second_stage' } });
    expect(unchanged.body.stage).toBe('legal_feasibility');
  });

  it('refuses a decision without a rationale, and hides other entities’ opportunities', async () => {
    const opportunity = await opportunityAt('strategy_review');
    await review(opportunity.id, 'strategy_review', 'sam.strategy', {
      outcome: 'approve',
      comment: 'Good fit',
    });
    await review(opportunity.id, 'legal_feasibility', 'lee.legal', {
      outcome: 'approve',
      comment: 'Feasible',
    });

    const noRationale = await decide(opportunity.id, 'erin.exec', {
      decision: 'go',
      rationale: ' ',
    });
    const fromUk = await api<Refusal>('GET', `/opportunities/${opportunity.id}`, {
      as: 'lena.legal',
    });
    const reviewFromUk = await review(opportunity.id, 'executive_signoff', 'lena.legal', {
      outcome: 'reject',
      comment: 'Not ours',
    });
    const unscored = await opportunityAt('qualifying');
    const skipScoring = await api<Refusal>('POST', `/opportunities/${unscored.id}/stage`, {
      as: 'oli.ops',
      body: { to: 'strategy_review', reason: 'in a hurry' },
    });

    expect(noRationale).toMatchObject({
      status: 400,
      body: { code: 'decision.rationale_required' },
    });
    expect(fromUk).toMatchObject({ status: 404, body: { code: 'opportunity.not_found' } });
    expect(reviewFromUk.status).toBe(404);
    expect(skipScoring).toMatchObject({ status: 409, body: { code: 'opportunity.move_refused' } });
  });

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
