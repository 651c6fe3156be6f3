import { governanceReportSchema } from '@pn/contracts-api';
import { accessToken } from '@pn/testing';

import { api } from '../support/api';
import { createActiveContract, createPartner, type Partner } from '../support/fixtures';
import { e2eStack } from '../support/stack';

type Report = ReturnType<typeof governanceReportSchema.parse>;

async function activate(partner: Partner): Promise<void> {
  for (const status of ['onboarding', 'active']) {
    await api('POST', `/partners/${partner.id}/status`, {
      as: 'sam.strategy',
      body: { status, reason: 'contract signed' },
    });
  }
}

async function attachSignedAgreement(contractId: string): Promise<void> {
  const response = await fetch(
    `${e2eStack().url('gateway')}/api/v1/contracts/${contractId}/documents?kind=signed_agreement&fileName=signed.pdf`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await accessToken('lena.legal')}`,
        'content-type': 'application/pdf',
      },
      body: Buffer.from('%PDF-1.7\nsigned\n%%EOF\n'),
    },
  );
  if (response.status !== 201) {
    throw new Error(`attaching the signed agreement answered ${response.status}`);
  }
}

describe('governance report: no undocumented agreements', () => {
  let documented: Partner;
  let undocumented: Partner;
  let unowned: Partner;
  let overdueContractId: string;
  let report: Report;

  beforeAll(async () => {
    const stewardship = { ownerUsername: 'sam.strategy', sponsorUsername: 'erin.exec' };
    documented = await createPartner('sam.strategy', 'UK01', undefined, stewardship);
    undocumented = await createPartner('sam.strategy', 'UK01', undefined, stewardship);
    unowned = await createPartner('sam.strategy', 'UK01', undefined, {
      ownerUsername: 'sam.strategy',
    });
    await activate(documented);
    await activate(undocumented);
    const signed = await createActiveContract(documented);
    await attachSignedAgreement(signed.id);
    await createActiveContract(undocumented);
    const overdue = await createActiveContract(documented, {
      effectiveDate: '2026-01-15',
      complianceClauses: [],
      initialTermMonths: 12,
    });
    // A payment that fell due in February and was never recorded.
    const request = await api<{ id: string }>('POST', `/contracts/${overdue.id}/change-requests`, {
      as: 'fran.finance',
      body: {
        kind: 'amendment',
        changes: {
          paymentSchedule: [
            {
              label: 'Setup',
              amount: { amountMinor: 1000, currency: 'GBP' },
              dueDate: '2026-02-01',
            },
          ],
        },
        effectiveDate: '2026-01-15',
        reason: 'order form',
      },
    });
    for (const approver of ['lena.legal', 'erin.exec']) {
      await api('POST', `/change-requests/${request.body.id}/approve`, { as: approver, body: {} });
    }
    overdueContractId = overdue.id;

    const response = await api<unknown>('GET', '/governance/report?entityId=UK01', {
      as: 'aud.auditor',
    });
    report = governanceReportSchema.parse(response.body);
  });

  it('lists active partners without an active, signed contract', () => {
    const ids = report.activePartnersWithoutSignedContract.map((partner) => partner.partnerId);

    expect(ids).toContain(undocumented.id);
    expect(ids).not.toContain(documented.id);
  });

  it('lists partners without an owner or a sponsor, saying which is missing', () => {
    const entry = report.partnersWithoutOwnerOrSponsor.find(
      (partner) => partner.partnerId === unowned.id,
    );

    expect(entry?.missing).toEqual(['sponsor']);
    expect(report.partnersWithoutOwnerOrSponsor.map((partner) => partner.partnerId)).not.toContain(
      documented.id,
    );
  });

  it('lists contracts with overdue obligations, with the oldest due date', () => {
    expect(
      report.contractsWithOverdueObligations.find(
        (entry) => entry.contractId === overdueContractId,
      ),
    ).toMatchObject({ overdueObligations: 1, oldestDueDate: '2026-02-01' });
  });

  it('covers only the caller’s entities', async () => {
    const otherEntity = await api('GET', '/governance/report?entityId=UK01', { as: 'lee.legal' });
    const own = await api<Report>('GET', '/governance/report', { as: 'lee.legal' });

    expect(otherEntity.status).toBe(404);
    expect(own.body.entities).toEqual(['US01']);
    expect(
      own.body.activePartnersWithoutSignedContract.every((partner) => partner.entityId === 'US01'),
    ).toBe(true);
  });
});
