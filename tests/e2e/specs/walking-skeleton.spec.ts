import { api, eventually } from '../support/api';
import {
  type Contract,
  createActiveContract,
  createPartner,
  type Partner,
} from '../support/fixtures';

interface Renewal {
  contractId: string;
  entityId: string;
  term: { number: number; start: string; end: string };
  noticeDeadline: string | null;
  actionDeadline: string;
  daysToActionDeadline: number;
}

// lee.legal sees only US01 and lena.legal only UK01 (deploy/keycloak/partner-network-realm.json).
const US_LEGAL = 'lee.legal';
const UK_LEGAL = 'lena.legal';

describe('walking skeleton: partner and contract through the gateway into the renewal calendar', () => {
  let partner: Partner;
  let contract: Contract;

  beforeAll(async () => {
    partner = await createPartner(US_LEGAL, 'US01');
    contract = await createActiveContract(partner, {
      effectiveDate: '2090-01-15',
      initialTermMonths: 12,
      renewalType: 'auto',
      renewalTermMonths: 12,
      noticeDays: 90,
    });
  });

  it('stores the contract in the partner’s entity', async () => {
    const response = await api<Contract>('GET', `/contracts/${contract.id}`, { as: US_LEGAL });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: contract.id,
      entityId: 'US01',
      partnerId: partner.id,
    });
  });

  it('lists the renewal with its notice deadline: term end minus notice days', async () => {
    const renewal = await eventually(async () => {
      const response = await api<Renewal[]>('GET', '/renewals', { as: US_LEGAL });

      return response.body.find((candidate) => candidate.contractId === contract.id);
    });

    expect(renewal.entityId).toBe('US01');
    // 12 months from 2090-01-15 end on 2091-01-14; 90 days before that is 2090-10-16.
    // (A date far ahead keeps the expectation true whatever day the test runs.)
    expect(renewal.term).toMatchObject({ number: 1, start: '2090-01-15', end: '2091-01-14' });
    expect(renewal.noticeDeadline).toBe('2090-10-16');
    expect(renewal.actionDeadline).toBe('2090-10-16');
  });

  it('answers 404 to a user of another entity and leaves the contract out of their renewals', async () => {
    const contractResponse = await api('GET', `/contracts/${contract.id}`, { as: UK_LEGAL });
    const partnerResponse = await api('GET', `/partners/${partner.id}`, { as: UK_LEGAL });
    const renewals = await api<Renewal[]>('GET', '/renewals', { as: UK_LEGAL });

    expect(contractResponse.status).toBe(404);
    expect(contractResponse.body).toMatchObject({ code: 'contract.not_found' });
    expect(partnerResponse.status).toBe(404);
    expect(renewals.status).toBe(200);
    expect(renewals.body.map((renewal) => renewal.contractId)).not.toContain(contract.id);
  });

  it('answers 404 when a user registers a contract for a partner of another entity', async () => {
    const response = await api('POST', '/contracts', {
      as: UK_LEGAL,
      body: {
        partnerId: partner.id,
        title: 'Not yours',
        effectiveDate: '2026-01-01',
        initialTermMonths: 12,
        renewalType: 'none',
        noticeDays: 0,
      },
    });

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'partner.not_found' });
  });

  it('answers 401 without a token and with a forged one', async () => {
    const anonymous = await api('GET', '/renewals', { as: null });
    const forged = await api('GET', '/renewals', {
      as: null,
      headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
    });

    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ code: 'auth.missing_token' });
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({ code: 'auth.invalid_token' });
  });

  it('answers 403 to a token without the role', async () => {
    const response = await api('POST', '/partners', {
      as: 'aud.auditor',
      body: { entityId: 'US01', legalName: 'Auditors cannot write', category: 'vendor' },
    });

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'auth.role_required' });
  });

  it('answers 400 naming each invalid field, and stores nothing', async () => {
    const before = await api<{ items: Partner[] }>('GET', '/partners?limit=200', { as: US_LEGAL });
    const response = await api<{ code: string; details: { fields: { field: string }[] } }>(
      'POST',
      '/contracts',
      {
        as: US_LEGAL,
        body: {
          partnerId: 'not-a-uuid',
          title: '',
          effectiveDate: '2026-02-30',
          initialTermMonths: 0,
          renewalType: 'sometimes',
          noticeDays: -1,
          surprise: true,
        },
      },
    );
    const after = await api<{ items: Partner[] }>('GET', '/partners?limit=200', { as: US_LEGAL });

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation.failed');
    expect(response.body.details.fields.map((field) => field.field).sort()).toEqual(
      [
        'effectiveDate',
        'initialTermMonths',
        'noticeDays',
        'partnerId',
        'renewalType',
        'surprise',
        'title',
      ].sort(),
    );
    expect(after.body.items).toEqual(before.body.items);
  });

  it('lets the CRM integration read with its client-credentials token, within its entity', async () => {
    const { clientToken } = await import('@pn/testing');
    const token = await clientToken('pn-crm', 'pn-crm-local-secret');
    const response = await fetch(
      `${(await import('../support/stack')).e2eStack().url('gateway')}/api/v1/partners?limit=200&sort=createdAt&order=desc`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const partners = ((await response.json()) as { items: Partner[] }).items;

    expect(response.status).toBe(200);
    expect(partners.map((candidate) => candidate.id)).toContain(partner.id);
    expect(partners.every((candidate) => candidate.entityId === 'US01')).toBe(true);
  });
});
