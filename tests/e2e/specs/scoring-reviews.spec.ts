import { addDays, todayIn } from '@pn/calendar';
import { quarterlyRunSchema, reviewSchema, riskRegisterSchema } from '@pn/scoring-api';

import { api, eventually } from '../support/api';
import { createActiveContract, createPartner, type Partner } from '../support/fixtures';

type Register = ReturnType<typeof riskRegisterSchema.parse>;
type Review = ReturnType<typeof reviewSchema.parse>;

const quarterNow = () => {
  const today = todayIn('UTC');

  return `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
};

/** An active US01 partner sponsored by erin.exec that scoring knows as active. */
async function activePartner(): Promise<Partner> {
  const partner = await createPartner('sam.strategy', 'US01', undefined, {
    category: 'strategic_partner',
    sponsorUsername: 'erin.exec',
  });
  for (const status of ['onboarding', 'active']) {
    await api('POST', `/partners/${partner.id}/status`, {
      as: 'sam.strategy',
      body: { status, reason: 'agreement signed' },
    });
  }
  await eventually(async () => {
    const reviews = await api<Review[]>('GET', `/scoring/reviews?partnerId=${partner.id}`, {
      as: 'erin.exec',
    });

    return reviews.body.length === 1 ? true : undefined;
  });

  return partner;
}

const levels = (register: Register) =>
  Object.fromEntries(register.risks.map((risk) => [risk.risk, risk.level]));

const registerOf = async (partnerId: string) =>
  riskRegisterSchema.parse(
    (await api<Register>('GET', `/partners/${partnerId}/risks`, { as: 'erin.exec' })).body,
  );

describe('quarterly reviews and the risk register', () => {
  let partner: Partner;

  beforeAll(async () => {
    partner = await activePartner();
  });

  it('opens one review per active partner per quarter and rescores them all on the quarterly run', async () => {
    const run = await api('POST', '/scoring/quarterly-runs', { as: 'ada.admin' });
    const again = await api('POST', '/scoring/quarterly-runs', { as: 'ada.admin' });
    const byStrategy = await api('POST', '/scoring/quarterly-runs', { as: 'sam.strategy' });
    const reviews = (
      await api<Review[]>('GET', `/scoring/reviews?partnerId=${partner.id}`, { as: 'erin.exec' })
    ).body.map((review) => reviewSchema.parse(review));
    const history = (
      await api<{ trigger: string }[]>('GET', `/partners/${partner.id}/scores`, {
        as: 'erin.exec',
      })
    ).body;

    expect(run.status).toBe(200);
    expect(quarterlyRunSchema.parse(run.body)).toMatchObject({ quarter: quarterNow() });
    expect((run.body as { partners: number }).partners).toBeGreaterThanOrEqual(1);
    expect(again.body).toMatchObject({ reviewsOpened: 0 });
    expect(byStrategy.status).toBe(403);
    expect(reviews).toEqual([
      expect.objectContaining({ quarter: quarterNow(), status: 'open', overdue: false }),
    ]);
    expect(history.map((score) => score.trigger)).toEqual(['quarterly', 'quarterly']);
  });

  it('completes a review with an assessment, once, by an executive or strategist', async () => {
    const body = {
      optionality: 4,
      alignment: 4,
      comment: 'Renewal terms improved; two alternatives exist.',
      notes: 'Reviewed volumes, incidents and the roadmap with the sponsor.',
    };
    const byOperations = await api('POST', `/partners/${partner.id}/reviews/${quarterNow()}`, {
      as: 'oli.ops',
      body,
    });
    const badQuarter = await api<{ message: string }>(
      'POST',
      `/partners/${partner.id}/reviews/2026-Q5`,
      { as: 'erin.exec', body },
    );
    const noReview = await api<{ code: string }>(
      'POST',
      `/partners/${partner.id}/reviews/2001-Q1`,
      { as: 'erin.exec', body },
    );
    const completed = await api<Review>('POST', `/partners/${partner.id}/reviews/${quarterNow()}`, {
      as: 'erin.exec',
      body,
    });
    const twice = await api<{ code: string }>(
      'POST',
      `/partners/${partner.id}/reviews/${quarterNow()}`,
      { as: 'sam.strategy', body },
    );
    const score = await api<{ trigger: string; categories: { strategic: { score: number } } }>(
      'GET',
      `/partners/${partner.id}/score`,
      { as: 'erin.exec' },
    );

    expect(byOperations.status).toBe(403);
    expect(badQuarter.status).toBe(400);
    expect(JSON.stringify(badQuarter.body)).toContain('quarter');
    expect(noReview).toMatchObject({ status: 404, body: { code: 'review.not_found' } });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ status: 'completed', completedBy: 'erin.exec' });
    expect(twice).toMatchObject({ status: 409, body: { code: 'review.already_completed' } });
    expect(score.body).toMatchObject({
      trigger: 'assessment',
      categories: { strategic: { score: 75 } },
    });
  });

  it('keeps a register of the five risks with their evidence and mitigation', async () => {
    const before = await registerOf(partner.id);
    await api('POST', `/partners/${partner.id}/interactions`, {
      as: 'sam.strategy',
      body: {
        kind: 'meeting',
        occurredOn: addDays(todayIn('America/New_York'), -3),
        participants: ['erin.exec', 'Their CEO'],
        summary: 'Quarterly business review',
      },
    });
    const afterMeeting = await eventually(async () => {
      const register = await registerOf(partner.id);

      return levels(register).relationship_decay === 'low' ? register : undefined;
    });
    const byAuditor = await api('POST', `/partners/${partner.id}/risk-mitigations`, {
      as: 'aud.auditor',
      body: { risk: 'overdependence', status: 'planned', note: 'not mine' },
    });
    const mitigated = await api<Register>('POST', `/partners/${partner.id}/risk-mitigations`, {
      as: 'sam.strategy',
      body: {
        risk: 'relationship_decay',
        status: 'in_progress',
        note: 'Monthly steering meeting with the sponsor agreed',
      },
    });
    const hidden = await api('GET', `/partners/${partner.id}/risks`, { as: 'lena.legal' });

    expect(before.risks.map((risk) => risk.risk)).toEqual([
      'contract_lapse',
      'overdependence',
      'vendor_failure',
      'strategic_misalignment',
      'relationship_decay',
    ]);
    expect(levels(before)).toMatchObject({
      overdependence: 'unknown',
      strategic_misalignment: 'low',
      relationship_decay: 'high',
    });
    expect(before.risks[4].evidence).toEqual(['sponsor erin.exec has no recorded interaction']);
    expect(afterMeeting.risks[4].evidence[0]).toContain('3 days ago');
    expect(byAuditor.status).toBe(403);
    expect(mitigated.status).toBe(201);
    expect(mitigated.body.risks[4].mitigation).toMatchObject({
      status: 'in_progress',
      recordedBy: 'sam.strategy',
    });
    expect(hidden.status).toBe(404);
  });

  it('rates contract lapse from the renewal alerts, until a decision is recorded', async () => {
    // Notice was due 25 days ago with no decision: the contract rolled over silently.
    const contract = await createActiveContract(partner, {
      // The notice deadline falls 274 days after the start of a 12-month term.
      effectiveDate: addDays(todayIn('America/New_York'), -25 - 274),
      initialTermMonths: 12,
      renewalType: 'auto',
      renewalTermMonths: 12,
      noticeDays: 90,
    });
    const lapsing = await eventually(async () => {
      const register = await registerOf(partner.id);

      return levels(register).contract_lapse === 'high' ? register : undefined;
    });
    const decided = await api('POST', `/renewals/${contract.id}/decisions`, {
      as: 'erin.exec',
      body: { decision: 'renegotiate', rationale: 'reopen the rate card before the next notice' },
    });
    const settled = await eventually(async () => {
      const register = await registerOf(partner.id);

      return levels(register).contract_lapse === 'low' ? register : undefined;
    });

    expect(lapsing.risks[0].evidence.join(' ')).toContain(contract.id);
    expect(decided.status).toBe(201);
    expect(settled.risks[0].level).toBe('low');
  });
});
