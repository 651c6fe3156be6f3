import { opportunityDetailSchema } from '@pn/pipeline-api';

import { api, eventually } from '../support/api';
import { deadLetterReasons, publishedEvents, republish } from '../support/events';
import { decide, type Opportunity, opportunityAt, review } from '../support/pipeline';

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
});
