import { accessToken, DEMO_PASSWORD } from '@pn/testing';

import { seedDemoInsights } from './demo-insights';

interface DemoContract {
  title: string;
  /** Months before today the contract took effect, so deadlines fall near today. */
  startedMonthsAgo: number;
  initialTermMonths: number;
  renewalType: 'auto' | 'manual' | 'none';
  renewalTermMonths?: number;
  noticeDays: number;
}

interface DemoPartner {
  entityId: 'US01' | 'UK01';
  legalName: string;
  category: 'carrier' | 'vendor' | 'strategic_partner' | 'opportunistic';
  capabilities: string[];
  ownerUsername: string;
  contracts: DemoContract[];
}

/** Each entity's lawyer drafts its contracts; lee.legal and lena.legal see one entity each. */
const LAWYER = { US01: 'lee.legal', UK01: 'lena.legal' } as const;

const DEMO_PARTNERS: DemoPartner[] = [
  {
    entityId: 'US01',
    legalName: 'Atlas Freight Carriers LLC',
    category: 'carrier',
    capabilities: ['ltl-freight', 'cross-border'],
    ownerUsername: 'oli.ops',
    contracts: [
      {
        title: 'Master carrier agreement',
        startedMonthsAgo: 8,
        initialTermMonths: 12,
        renewalType: 'auto',
        renewalTermMonths: 12,
        noticeDays: 90,
      },
    ],
  },
  {
    entityId: 'US01',
    legalName: 'Northwind Cloud Services Inc.',
    category: 'vendor',
    capabilities: ['cloud-hosting'],
    ownerUsername: 'oli.ops',
    contracts: [
      {
        title: 'Cloud hosting subscription',
        startedMonthsAgo: 20,
        initialTermMonths: 24,
        renewalType: 'manual',
        renewalTermMonths: 12,
        noticeDays: 0,
      },
    ],
  },
  {
    entityId: 'US01',
    legalName: 'Helios Distribution Partners',
    category: 'strategic_partner',
    capabilities: ['distribution', 'market-access'],
    ownerUsername: 'sam.strategy',
    contracts: [
      {
        title: 'Co-distribution alliance',
        startedMonthsAgo: 26,
        initialTermMonths: 36,
        renewalType: 'auto',
        renewalTermMonths: 24,
        noticeDays: 180,
      },
    ],
  },
  {
    entityId: 'UK01',
    legalName: 'Thames Logistics Ltd',
    category: 'carrier',
    capabilities: ['ltl-freight'],
    ownerUsername: 'sam.strategy',
    contracts: [
      {
        title: 'UK haulage agreement',
        startedMonthsAgo: 9,
        initialTermMonths: 12,
        renewalType: 'auto',
        renewalTermMonths: 12,
        noticeDays: 60,
      },
    ],
  },
  {
    entityId: 'UK01',
    legalName: 'Brightline Data Ltd',
    category: 'vendor',
    capabilities: ['market-data'],
    ownerUsername: 'fran.finance',
    contracts: [
      {
        title: 'Market data licence',
        startedMonthsAgo: 5,
        initialTermMonths: 12,
        renewalType: 'none',
        noticeDays: 0,
      },
    ],
  },
];

/**
 * Registers the demo partners and their contracts through the gateway the way people would
 * (then their first scores and an opportunity, see demo-insights.ts):
 * sam.strategy registers and activates each relationship with erin.exec as sponsor, the
 * entity's lawyer drafts the contract, and its activation passes dual approval (the lawyer
 * and erin.exec). A partner that already exists (by name) is left as it is.
 */
export async function seedDemoData(
  gatewayUrl: string,
  keycloakUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const call = async <T>(as: string, method: string, path: string, body?: unknown): Promise<T> => {
    const token = await accessToken(as, DEMO_PASSWORD, keycloakUrl);
    const response = await fetch(`${gatewayUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(
        `${method} ${path} as ${as} answered ${response.status}: ${await response.text()}`,
      );
    }

    return (await response.json()) as T;
  };

  const existing = new Set(
    (
      await call<{ items: { legalName: string; entityId: string }[] }>(
        'sam.strategy',
        'GET',
        '/partners?limit=200',
      )
    ).items.map((partner) => `${partner.entityId}/${partner.legalName}`),
  );
  const created: { id: string; entityId: 'US01' | 'UK01'; index: number }[] = [];
  for (const [index, demo] of DEMO_PARTNERS.entries()) {
    if (existing.has(`${demo.entityId}/${demo.legalName}`)) {
      continue;
    }
    const partner = await call<{ id: string }>('sam.strategy', 'POST', '/partners', {
      entityId: demo.entityId,
      legalName: demo.legalName,
      category: demo.category,
      capabilities: demo.capabilities,
      ownerUsername: demo.ownerUsername,
      sponsorUsername: 'erin.exec',
    });
    for (const status of ['onboarding', 'active']) {
      await call('sam.strategy', 'POST', `/partners/${partner.id}/status`, {
        status,
        reason: 'demo relationship',
      });
    }
    for (const contract of demo.contracts) {
      const draft = await call<{ id: string }>(LAWYER[demo.entityId], 'POST', '/contracts', {
        partnerId: partner.id,
        title: contract.title,
        effectiveDate: monthsAgo(contract.startedMonthsAgo),
        initialTermMonths: contract.initialTermMonths,
        renewalType: contract.renewalType,
        ...(contract.renewalTermMonths ? { renewalTermMonths: contract.renewalTermMonths } : {}),
        noticeDays: contract.noticeDays,
      });
      const request = await call<{ id: string }>(
        'sam.strategy',
        'POST',
        `/contracts/${draft.id}/change-requests`,
        { kind: 'activation', reason: 'demo contract, signed by both parties' },
      );
      for (const approver of [LAWYER[demo.entityId], 'erin.exec']) {
        await call(approver, 'POST', `/change-requests/${request.id}/approve`, {});
      }
    }
    created.push({ id: partner.id, entityId: demo.entityId, index });
  }
  await seedDemoInsights(call, created);
  log(
    created.length
      ? `registered ${created.length} demo partners with their active contracts, scores and one opportunity in review`
      : 'demo data already present',
  );
}

function monthsAgo(months: number): string {
  const today = new Date();
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));

  return date.toISOString().slice(0, 10);
}
