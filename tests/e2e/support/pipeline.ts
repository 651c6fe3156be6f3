import { randomUUID } from 'node:crypto';

import type { opportunityDetailSchema } from '@pn/pipeline-api';

import { api } from './api';

export type Opportunity = ReturnType<typeof opportunityDetailSchema.parse>;
export type Refusal = { code: string; message: string };

const CRITERIA = {
  strategic_alignment: { rating: 4, note: 'Opens the Nordics lane we lack' },
  revenue_potential: { rating: 4, note: 'About 2 M USD a year within two years' },
  risk_exposure: { rating: 2, note: 'Single-site operator, insured' },
};

/** An opportunity brought to a stage, as the people who work it would. */
export async function opportunityAt(
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

/** A review of the opportunity's current stage. */
export const review = (id: string, stage: string, as: string, body: Record<string, unknown>) =>
  api<Opportunity & Refusal>('POST', `/opportunities/${id}/reviews/${stage}`, { as, body });

/** The executive sign-off. */
export const decide = (id: string, as: string, body: Record<string, unknown>) =>
  api<Opportunity & Refusal>('POST', `/opportunities/${id}/decision`, { as, body });
