import { api } from '../support/api';
import { decide, type Opportunity, opportunityAt, type Refusal, review } from '../support/pipeline';

describe('the pipeline’s refusals', () => {
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
});
