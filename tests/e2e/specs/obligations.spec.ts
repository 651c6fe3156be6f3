import { obligationPageSchema, obligationSchema } from '@pn/contracts-api';

import { api } from '../support/api';
import {
  approveChange,
  type Contract,
  createActiveContract,
  createPartner,
} from '../support/fixtures';

type Obligation = ReturnType<typeof obligationSchema.parse>;
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

async function obligationsOf(contractId: string): Promise<Obligation[]> {
  const response = await api<unknown>('GET', `/obligations?contractId=${contractId}&limit=200`, {
    as: 'aud.auditor',
  });

  return obligationPageSchema.parse(response.body).items;
}

const decide = (id: string, as: string, status: string, evidence = 'remittance 2026-0412') =>
  api<Obligation & { code: string }>('POST', `/obligations/${id}/status`, {
    as,
    body: { status, evidence },
  });

describe('obligations: derived from approved terms, each with an owner, a due date and an outcome', () => {
  let contract: Contract;

  beforeAll(async () => {
    const partner = await createPartner('sam.strategy', 'US01');
    contract = await createActiveContract(partner, {
      effectiveDate: '2026-01-15',
      initialTermMonths: 12,
      renewalType: 'manual',
      renewalTermMonths: 12,
      noticeDays: 0,
      complianceClauses: [
        { title: 'Anti-bribery', text: 'Comply with the FCPA.', threshold: null },
      ],
    });
    // Finance adds the money side by amendment (legal may not write it).
    const amendment = await api<{ id: string }>(
      'POST',
      `/contracts/${contract.id}/change-requests`,
      {
        as: 'fran.finance',
        body: {
          kind: 'amendment',
          changes: {
            paymentSchedule: [
              { label: 'Setup fee', amount: usd(500_000), dueDate: '2026-02-01' },
              { label: 'Final instalment', amount: usd(900_000), dueDate: '2027-01-10' },
            ],
            thresholds: [
              {
                metric: 'shipments',
                comparator: 'gte',
                value: 1000,
                unit: null,
                period: 'quarter',
              },
            ],
          },
          effectiveDate: '2026-01-15',
          reason: 'payment schedule from the signed order form',
        },
      },
    );
    await api('POST', `/change-requests/${amendment.body.id}/approve`, {
      as: 'lee.legal',
      body: {},
    });
    await api('POST', `/change-requests/${amendment.body.id}/approve`, {
      as: 'erin.exec',
      body: {},
    });
  });

  it('derives payments, quarterly measurements and clause reviews with their owners', async () => {
    const obligations = await obligationsOf(contract.id);

    // Soonest first; obligations due the same day come in no particular order.
    const summary = obligations.map((o) => [o.source, o.dueDate, o.ownerFunction]);
    expect(summary.map(([, dueDate]) => dueDate)).toEqual(
      summary.map(([, dueDate]) => dueDate).sort(),
    );
    expect(summary.sort((a, b) => `${a[1]}${a[0]}`.localeCompare(`${b[1]}${b[0]}`))).toEqual([
      ['payment', '2026-02-01', 'finance'],
      ['threshold', '2026-04-14', 'finance'],
      ['threshold', '2026-07-14', 'finance'],
      ['threshold', '2026-10-14', 'finance'],
      ['payment', '2027-01-10', 'finance'],
      ['compliance_clause', '2027-01-14', 'legal'],
      ['threshold', '2027-01-14', 'finance'],
    ]);
    const byDate = (dueDate: string) => obligations.find((o) => o.dueDate === dueDate);
    expect(byDate('2026-02-01')).toMatchObject({
      status: 'upcoming',
      overdue: true,
      amount: usd(500_000),
    });
    expect(byDate('2027-01-10')).toMatchObject({ overdue: false });
  });

  it('lets the owning function record the outcome with evidence, once', async () => {
    const [setupFee, firstQuarter] = await obligationsOf(contract.id);

    const byOperations = await decide(setupFee.id, 'oli.ops', 'met');
    const byFinance = await decide(setupFee.id, 'fran.finance', 'met');
    const again = await decide(setupFee.id, 'fran.finance', 'missed');
    const waivedByFinance = await decide(firstQuarter.id, 'fran.finance', 'waived', 'volumes low');
    const waivedByExecutive = await decide(
      firstQuarter.id,
      'erin.exec',
      'waived',
      'ramp-up quarter',
    );
    const noEvidence = await api('POST', `/obligations/${firstQuarter.id}/status`, {
      as: 'fran.finance',
      body: { status: 'met' },
    });
    const otherEntity = await decide(setupFee.id, 'lena.legal', 'met');

    expect(byOperations.status).toBe(403);
    expect(byFinance.status).toBe(200);
    expect(byFinance.body).toMatchObject({
      status: 'met',
      overdue: false,
      evidence: 'remittance 2026-0412',
      decidedBy: 'fran.finance',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('obligation.already_decided');
    expect(waivedByFinance.status).toBe(403);
    expect(waivedByExecutive.body.status).toBe('waived');
    expect(noEvidence.status).toBe(400);
    expect(otherEntity.status).toBe(404);
  });

  it('lists overdue obligations across contracts', async () => {
    const response = await api<unknown>(
      'GET',
      '/obligations?overdue=true&entityId=US01&limit=200',
      {
        as: 'fran.finance',
      },
    );
    const overdue = obligationPageSchema.parse(response.body).items;

    expect(overdue.every((o) => o.overdue && o.status === 'upcoming')).toBe(true);
    expect(overdue.filter((o) => o.contractId === contract.id).map((o) => o.dueDate)).toEqual([
      '2026-07-14',
      '2026-10-14',
    ]);
  });

  it('supersedes, never deletes, what an amendment removes, and adds what it brings', async () => {
    // Compliance clauses are legal's: lee.legal proposes, lou.legal and erin.exec approve.
    const request = await api<{ id: string }>('POST', `/contracts/${contract.id}/change-requests`, {
      as: 'lee.legal',
      body: {
        kind: 'amendment',
        changes: { complianceClauses: [] },
        effectiveDate: '2026-06-01',
        reason: 'clause moved to the master agreement',
      },
    });
    for (const approver of ['lou.legal', 'erin.exec']) {
      await api('POST', `/change-requests/${request.body.id}/approve`, { as: approver, body: {} });
    }

    const obligations = await obligationsOf(contract.id);
    const review = obligations.find((o) => o.source === 'compliance_clause');
    const setupFee = obligations.find((o) => o.dueDate === '2026-02-01');

    expect(review).toMatchObject({ status: 'superseded' });
    expect(setupFee).toMatchObject({ status: 'met' });
  });

  it('supersedes what would fall due after a termination', async () => {
    await approveChange(contract, {
      kind: 'termination',
      terminationDate: '2026-12-31',
      reason: 'volumes moved to another carrier',
    });

    const obligations = await obligationsOf(contract.id);

    // The final instalment, the last measurement and the (already superseded) clause review.
    expect(obligations.filter((o) => o.dueDate > '2026-12-31').map((o) => o.status)).toEqual([
      'superseded',
      'superseded',
      'superseded',
    ]);
    expect(obligations.find((o) => o.dueDate === '2026-10-14')?.status).toBe('upcoming');
  });
});
