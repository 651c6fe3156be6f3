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
  status: string;
  currentVersion: number | null;
  terms: Record<string, unknown> & { title: string };
}

export interface ChangeRequest {
  id: string;
  status: string;
  resultingVersion: number | null;
}

/** The legal approver of each entity in the realm (lee.legal and lena.legal see one each). */
export const LEGAL_OF: Record<string, string> = { US01: 'lee.legal', UK01: 'lena.legal' };

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

async function expectStatus<T>(
  what: string,
  response: { status: number; body: T },
  status: number,
): Promise<T> {
  if (response.status !== status) {
    throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }

  return Promise.resolve(response.body);
}

/**
 * Takes a change through dual approval the default way: proposed by sam.strategy, approved
 * by the entity's lawyer and by erin.exec.
 */
export async function approveChange(
  contract: Pick<Contract, 'id' | 'entityId'>,
  proposal: Record<string, unknown>,
): Promise<ChangeRequest> {
  const request = await expectStatus(
    'proposing a change',
    await api<ChangeRequest>('POST', `/contracts/${contract.id}/change-requests`, {
      as: 'sam.strategy',
      body: proposal,
    }),
    201,
  );
  await expectStatus(
    'the legal approval',
    await api('POST', `/change-requests/${request.id}/approve`, {
      as: LEGAL_OF[contract.entityId],
      body: {},
    }),
    200,
  );

  return expectStatus(
    'the executive approval',
    await api<ChangeRequest>('POST', `/change-requests/${request.id}/approve`, {
      as: 'erin.exec',
      body: {},
    }),
    200,
  );
}

/** A contract in force: created as a draft by the entity's lawyer, then activated. */
export async function createActiveContract(
  partner: Pick<Partner, 'id' | 'entityId'>,
  overrides: Record<string, unknown> = {},
): Promise<Contract> {
  const contract = await createContract(LEGAL_OF[partner.entityId], partner.id, overrides);
  await approveChange(contract, { kind: 'activation', reason: 'signed by both parties' });

  return { ...contract, status: 'active', currentVersion: 1 };
}
