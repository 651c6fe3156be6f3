import { randomUUID } from 'node:crypto';

import { api } from './api';

export interface Partner {
  id: string;
  entityId: string;
  legalName: string;
}

export interface Contract {
  id: string;
  entityId: string;
  partnerId: string;
  title: string;
}

export async function createPartner(
  as: string,
  entityId: string,
  name = `Partner ${randomUUID()}`,
  extra: Record<string, unknown> = {},
): Promise<Partner> {
  const response = await api<Partner>('POST', '/partners', {
    as,
    body: { entityId, legalName: name, category: 'carrier', ...extra },
  });
  if (response.status !== 201) {
    throw new Error(
      `creating a partner answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }

  return response.body;
}

export async function createContract(
  as: string,
  partnerId: string,
  overrides: Record<string, unknown> = {},
): Promise<Contract> {
  const response = await api<Contract>('POST', '/contracts', {
    as,
    body: {
      partnerId,
      title: `Carrier agreement ${randomUUID().slice(0, 8)}`,
      effectiveDate: '2090-01-15',
      initialTermMonths: 12,
      renewalType: 'auto',
      renewalTermMonths: 12,
      noticeDays: 90,
      ...overrides,
    },
  });
  if (response.status !== 201) {
    throw new Error(
      `creating a contract answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }

  return response.body;
}
