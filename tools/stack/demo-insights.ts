type Call = <T>(as: string, method: string, path: string, body?: unknown) => Promise<T>;

const CURRENCY = { US01: 'USD', UK01: 'GBP' } as const;

/**
 * Gives the demo something to show beyond the registry: a month of financials and an
 * executive assessment per new partner (so scores, statuses and concentration appear), and
 * one opportunity waiting for strategy review in the pipeline.
 */
export async function seedDemoInsights(
  call: Call,
  partners: readonly { id: string; entityId: 'US01' | 'UK01'; index: number }[],
): Promise<void> {
  const period = lastMonth();
  for (const partner of partners) {
    // Scoring learns of a partner from its event; wait until it has.
    await eventually(() =>
      call('fran.finance', 'POST', `/partners/${partner.id}/financials`, {
        period,
        revenue: {
          amountMinor: (4 + partner.index * 3) * 100_000_00,
          currency: CURRENCY[partner.entityId],
        },
        cost: {
          amountMinor: (2 + partner.index) * 100_000_00,
          currency: CURRENCY[partner.entityId],
        },
        source: 'demo',
      }),
    );
    await call('erin.exec', 'POST', `/partners/${partner.id}/assessments`, {
      optionality: 1 + ((partner.index * 2) % 5),
      alignment: 5 - (partner.index % 3),
      comment: 'Demo assessment from the quarterly business review',
    });
  }
  if (partners.length === 0) {
    return;
  }
  const opportunity = await call<{ id: string }>('oli.ops', 'POST', '/opportunities', {
    entityId: 'US01',
    counterparty: 'Fjord Cold Chain AS',
    proposedCategory: 'carrier',
    source: 'market_scanning',
    sponsorUsername: 'erin.exec',
    description: 'Temperature-controlled carrier for the Nordic lanes',
    estimatedValue: { amountMinor: 250_000_000, currency: 'USD' },
    potential: 'About 2 M USD a year; protects the Nordic grocery accounts',
  });
  const path = `/opportunities/${opportunity.id}`;
  await call('oli.ops', 'POST', `${path}/stage`, { to: 'qualifying', reason: 'worth a look' });
  await call('oli.ops', 'PUT', `${path}/qualification`, {
    strategic_alignment: { rating: 4, note: 'Opens the Nordic lanes' },
    revenue_potential: { rating: 4, note: 'About 2 M USD a year' },
    risk_exposure: { rating: 2, note: 'Single site, insured' },
  });
  await call('oli.ops', 'POST', `${path}/score`, {
    strategicValue: 5,
    financialUpside: 4,
    operationalComplexity: 2,
  });
  await call('oli.ops', 'POST', `${path}/stage`, { to: 'strategy_review', reason: 'ready' });
}

async function eventually(attempt: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await attempt();

      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function lastMonth(): string {
  const today = new Date();

  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
}
