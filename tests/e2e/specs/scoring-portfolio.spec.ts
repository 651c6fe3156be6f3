import { randomUUID } from 'node:crypto';

import {
  backupsSchema,
  capabilityCoverageSchema,
  concentrationSchema,
  portfolioSchema,
  scoringModelSchema,
} from '@pn/scoring-api';

import { api, eventually } from '../support/api';
import { publishedEvents } from '../support/events';
import { createPartner, type Partner } from '../support/fixtures';

type Coverage = ReturnType<typeof capabilityCoverageSchema.parse>;
type Model = ReturnType<typeof scoringModelSchema.parse>;

function lastMonth(): string {
  const now = new Date();

  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
}

const PERIOD = lastMonth();
const gbp = (amountMinor: number) => ({ amountMinor, currency: 'GBP' });
// Tags of this run only, so partners of other suites never share them.
const tag = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

async function activePartner(category: string, capabilities: string[] = []): Promise<Partner> {
  const partner = await createPartner('sam.strategy', 'UK01', undefined, {
    category,
    capabilities,
  });
  for (const status of ['onboarding', 'active']) {
    const moved = await api('POST', `/partners/${partner.id}/status`, {
      as: 'sam.strategy',
      body: { status, reason: 'contract signed and onboarding done' },
    });
    if (moved.status !== 200) {
      throw new Error(`moving to ${status} answered ${moved.status}`);
    }
  }

  return partner;
}

const coverageOf = async (capability: string) =>
  eventually(async () => {
    const response = await api<Coverage[]>('GET', '/scoring/capabilities?entityId=UK01', {
      as: 'erin.exec',
    });

    return capabilityCoverageSchema
      .parse(response.body[0])
      .capabilities.find((entry) => entry.capability === capability);
  });

const currentModel = async () =>
  scoringModelSchema.parse(
    (await api<Model[]>('GET', '/scoring/models', { as: 'aud.auditor' })).body[0],
  );

describe('portfolio risk: concentration, capability coverage, backups and model versions', () => {
  it('measures revenue concentration with the HHI and flags a dominant partner', async () => {
    const carriers = await Promise.all([1, 2, 3, 4].map(() => activePartner('carrier')));
    // 50 %, 30 %, 15 % and 5 %: HHI 2,500 + 900 + 225 + 25 = 3,650.
    for (const [index, revenue] of [50, 30, 15, 5].entries()) {
      await eventually(async () => {
        const response = await api('POST', `/partners/${carriers[index].id}/financials`, {
          as: 'fran.finance',
          body: { period: PERIOD, revenue: gbp(revenue * 100_000), cost: gbp(0) },
        });

        return response.status === 201 ? true : undefined;
      });
    }

    const response = await api<unknown[]>('GET', '/scoring/concentration?entityId=UK01', {
      as: 'erin.exec',
    });
    const report = response.body
      .map((entry) => concentrationSchema.parse(entry))
      .find((entry) => entry.category === 'carrier');

    expect(report).toMatchObject({
      entityId: 'UK01',
      currency: 'GBP',
      totalRevenueMinor: 10_000_000,
      hhi: 3650,
      band: 'highly_concentrated',
      dominantSharePct: 30,
      dominant: [carriers[0].id],
    });
    expect(report?.partners.map((partner) => partner.sharePct)).toEqual([50, 30, 15, 5]);

    const portfolio = portfolioSchema.parse(
      (await api('GET', '/scoring/portfolio?entityId=UK01', { as: 'erin.exec' })).body,
    );
    const uk = portfolio.entities[0];
    expect(portfolio.entities.map((entity) => entity.entityId)).toEqual(['UK01']);
    expect(uk.concentration).toContainEqual({
      category: 'carrier',
      hhi: 3650,
      band: 'highly_concentrated',
      dominant: [carriers[0].id],
    });
    expect(Object.values(uk.byStatus).reduce((sum, count) => sum + count, 0)).toBe(
      uk.relationships,
    );
    // Gravest categories first: these carriers have no sponsor, so carriers head the list.
    const priority = ['carrier', 'strategic_partner', 'vendor', 'opportunistic'];
    const order = uk.topRisks.map((risk) => priority.indexOf(risk.category));
    expect(uk.topRisks[0]).toMatchObject({ category: 'carrier' });
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const outside = await api('GET', '/scoring/portfolio?entityId=UK01', { as: 'oli.ops' });
    expect(outside.status).toBe(404);
  });

  it('finds single points of failure and ranks backup partners by score', async () => {
    const coldChain = tag('cold-chain');
    const customs = tag('customs');
    const main = await activePartner('vendor', [coldChain, customs]);
    const weak = await activePartner('vendor', [coldChain]);
    const strong = await activePartner('vendor', [coldChain]);
    await createPartner('sam.strategy', 'UK01', undefined, { capabilities: [customs] });
    for (const [partner, rating] of [
      [weak, 2],
      [strong, 5],
    ] as const) {
      await eventually(async () => {
        const response = await api('POST', `/partners/${partner.id}/assessments`, {
          as: 'erin.exec',
          body: { optionality: rating, alignment: rating, comment: 'quarterly review' },
        });

        return response.status === 201 ? true : undefined;
      });
    }

    const customsCoverage = await coverageOf(customs);
    const coldChainCoverage = await eventually(async () => {
      const found = await coverageOf(coldChain);

      return found.providers.length === 3 ? found : undefined;
    });
    const backups = backupsSchema.parse(
      (await api('GET', `/partners/${main.id}/backups`, { as: 'erin.exec' })).body,
    );
    const hidden = await api('GET', `/partners/${main.id}/backups`, { as: 'oli.ops' });

    // The prospect offering customs is not active: the main partner is its only provider.
    expect(customsCoverage).toMatchObject({ singlePointOfFailure: true });
    expect(customsCoverage.providers.map((provider) => provider.partnerId)).toEqual([main.id]);
    expect(coldChainCoverage.singlePointOfFailure).toBe(false);
    expect(backups).toEqual([
      {
        capability: coldChain,
        backups: [
          expect.objectContaining({ partnerId: strong.id, score: 100 }),
          expect.objectContaining({ partnerId: weak.id, score: 25 }),
        ],
      },
      { capability: customs, backups: [] },
    ]);
    expect(hidden.status).toBe(404);

    const plan = {
      entityId: 'UK01',
      capability: customs,
      plan: 'Qualify a second customs broker from the tender shortlist',
      ownerUsername: 'sam.strategy',
      targetDate: '2027-06-30',
    };
    const byOperations = await api('POST', '/scoring/diversification-plans', {
      as: 'oli.ops',
      body: plan,
    });
    const recorded = await api('POST', '/scoring/diversification-plans', {
      as: 'sam.strategy',
      body: plan,
    });
    const planned = await coverageOf(customs);
    expect(byOperations.status).toBe(403);
    expect(recorded.status).toBe(201);
    expect(planned.plans).toEqual([
      expect.objectContaining({ ...plan, recordedBy: 'sam.strategy' }),
    ]);
  });

  it('publishes a new model version that rescores partners without rewriting past scores', async () => {
    const before = await currentModel();
    const partner = await activePartner('opportunistic');
    await eventually(async () => {
      const response = await api('POST', `/partners/${partner.id}/assessments`, {
        as: 'erin.exec',
        body: { optionality: 2, alignment: 2, comment: 'limited fit' },
      });

      return response.status === 201 ? true : undefined;
    });
    const model = {
      weights: before.weights,
      categoryPriority: before.categoryPriority,
      thresholds: { green: 90, yellow: 20 },
      reason: 'tolerate more before calling a relationship red',
    };

    const byLegal = await api('POST', '/scoring/models', { as: 'lee.legal', body: model });
    const unbalanced = await api<{ message: string }>('POST', '/scoring/models', {
      as: 'sam.strategy',
      body: {
        ...model,
        weights: { ...model.weights, vendor: { financial: 0.5, operational: 0.5, strategic: 0.5 } },
      },
    });
    const published = await api<Model>('POST', '/scoring/models', {
      as: 'sam.strategy',
      body: model,
    });
    const history = (
      await api<{ score: number; status: string; modelVersion: number; trigger: string }[]>(
        'GET',
        `/partners/${partner.id}/scores`,
        { as: 'erin.exec' },
      )
    ).body;
    // Later suites score under the default thresholds again.
    const restored = await api<Model>('POST', '/scoring/models', {
      as: 'sam.strategy',
      body: { ...model, thresholds: before.thresholds, reason: 'back to the default thresholds' },
    });

    expect(byLegal.status).toBe(403);
    expect(unbalanced.status).toBe(400);
    expect(unbalanced.body.message).toContain('vendor weights must add up to 1');
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({
      version: before.version + 1,
      createdBy: 'sam.strategy',
    });
    expect(published.body.rescored).toBeGreaterThan(0);
    expect(history.slice(0, 2)).toEqual([
      expect.objectContaining({
        score: 25,
        status: 'yellow',
        modelVersion: before.version + 1,
        trigger: 'model',
      }),
      expect.objectContaining({ score: 25, status: 'red', modelVersion: before.version }),
    ]);
    expect(restored.body.version).toBe(before.version + 2);
    const changes = await eventually(async () => {
      const found = (await publishedEvents('scoring')).filter(
        (event) =>
          event.type === 'pn.scoring.score.status_changed.v1' &&
          event.data.partnerId === partner.id,
      );

      return found.length >= 2 ? found : undefined;
    });
    expect(changes[1].data).toMatchObject({
      previousStatus: 'red',
      status: 'yellow',
      action: 'monitoring',
    });
  });
});
