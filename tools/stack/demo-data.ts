import { passwordToken } from './keycloak';

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
  entityId: string;
  legalName: string;
  category: 'carrier' | 'vendor' | 'strategic_partner' | 'opportunistic';
  contracts: DemoContract[];
}

const DEMO_PARTNERS: DemoPartner[] = [
  {
    entityId: 'US01',
    legalName: 'Atlas Freight Carriers LLC',
    category: 'carrier',
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
    contracts: [
      {
        title: 'Cloud hosting subscription',
        startedMonthsAgo: 20,
        initialTermMonths: 24,
        renewalType: 'manual',
        noticeDays: 0,
      },
    ],
  },
  {
    entityId: 'US01',
    legalName: 'Helios Distribution Partners',
    category: 'strategic_partner',
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
 * Registers the demo partners and their contracts through the gateway, as ada.admin would.
 * A partner that already exists (by name) is left as it is, so running twice adds nothing.
 */
export async function seedDemoData(
  gatewayUrl: string,
  keycloakUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const token = await passwordToken(keycloakUrl, 'ada.admin');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${gatewayUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    }

    return (await response.json()) as T;
  };

  const existing = new Set(
    (await call<{ legalName: string; entityId: string }[]>('GET', '/partners')).map(
      (partner) => `${partner.entityId}/${partner.legalName}`,
    ),
  );
  let created = 0;
  for (const demo of DEMO_PARTNERS) {
    if (existing.has(`${demo.entityId}/${demo.legalName}`)) {
      continue;
    }
    const partner = await call<{ id: string }>('POST', '/partners', {
      entityId: demo.entityId,
      legalName: demo.legalName,
      category: demo.category,
    });
    for (const contract of demo.contracts) {
      await call('POST', '/contracts', {
        partnerId: partner.id,
        title: contract.title,
        effectiveDate: monthsAgo(contract.startedMonthsAgo),
        initialTermMonths: contract.initialTermMonths,
        renewalType: contract.renewalType,
        ...(contract.renewalTermMonths ? { renewalTermMonths: contract.renewalTermMonths } : {}),
        noticeDays: contract.noticeDays,
      });
    }
    created += 1;
  }
  log(
    created
      ? `registered ${created} demo partners with their contracts`
      : 'demo data already present',
  );
}

function monthsAgo(months: number): string {
  const today = new Date();
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));

  return date.toISOString().slice(0, 10);
}
