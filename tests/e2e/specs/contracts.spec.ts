import { randomUUID } from 'node:crypto';

import {
  changeRequestSchema,
  contractPageSchema,
  contractSchema,
  termsAsOfSchema,
  versionSchema,
} from '@pn/contracts-api';

import { api, eventually } from '../support/api';
import {
  approveChange,
  type Contract,
  createActiveContract,
  createContract,
  createPartner,
  type Partner,
} from '../support/fixtures';

type ContractView = ReturnType<typeof contractSchema.parse>;
type ChangeView = ReturnType<typeof changeRequestSchema.parse>;
type VersionView = ReturnType<typeof versionSchema.parse>;
interface ErrorBody {
  code: string;
  message: string;
  details: { fields?: { field: string }[] } | null;
}

// Realm users: lee.legal (US01), lou.legal (US01, UK01) and lena.legal (UK01) are lawyers;
// sam.strategy, erin.exec, fran.finance see both entities; oli.ops sees US01.
const propose = (contractId: string, as: string, body: Record<string, unknown>) =>
  api<ChangeView & ErrorBody>('POST', `/contracts/${contractId}/change-requests`, { as, body });
const approve = (requestId: string, as: string) =>
  api<ChangeView & ErrorBody>('POST', `/change-requests/${requestId}/approve`, { as, body: {} });
const contractOf = async (id: string) =>
  contractSchema.parse(
    (await api<ContractView>('GET', `/contracts/${id}`, { as: 'aud.auditor' })).body,
  );

const baseFee = {
  label: 'Linehaul base rate',
  amount: { amountMinor: 1_250_000, currency: 'USD' },
  frequency: 'monthly',
};

describe('contracts: drafts, dual approval, versions and terms in force', () => {
  let partner: Partner;

  beforeAll(async () => {
    partner = await createPartner('sam.strategy', 'US01');
  });

  describe('drafts and field ownership', () => {
    it('registers a draft that is not in force and has no version', async () => {
      const draft = await createContract('lee.legal', partner.id, {
        contractType: 'carrier_agreement',
        terminationNoticeDays: 30,
      });

      const contract = await contractOf(draft.id);
      expect(contract).toMatchObject({
        status: 'draft',
        currentVersion: null,
        entityId: 'US01',
        partnerName: partner.legalName,
      });
      expect(contract.terms).toMatchObject({
        counterpartyLegalName: partner.legalName,
        contractType: 'carrier_agreement',
        fees: [],
      });
    });

    it('lets each function write its own terms and refuses the rest, naming the fields', async () => {
      const draft = await createContract('lee.legal', partner.id);

      const legalWritesFees = await api<ErrorBody>('PATCH', `/contracts/${draft.id}`, {
        as: 'lee.legal',
        body: { fees: [baseFee] },
      });
      const financeWritesNotice = await api<ErrorBody>('PATCH', `/contracts/${draft.id}`, {
        as: 'fran.finance',
        body: { noticeDays: 10, paymentSchedule: [] },
      });
      const strategyWritesFees = await api('PATCH', `/contracts/${draft.id}`, {
        as: 'sam.strategy',
        body: { fees: [baseFee] },
      });
      const financeWritesPayments = await api('PATCH', `/contracts/${draft.id}`, {
        as: 'fran.finance',
        body: {
          paymentSchedule: [
            {
              label: 'Q1',
              amount: { amountMinor: 3_750_000, currency: 'USD' },
              dueDate: '2090-04-01',
            },
          ],
          incentives: [
            {
              label: 'Volume rebate',
              amount: { amountMinor: 500_000, currency: 'USD' },
              eligibility: [
                {
                  metric: 'shipments',
                  comparator: 'gte',
                  value: 10_000,
                  unit: null,
                  period: 'quarter',
                },
              ],
            },
          ],
        },
      });
      const operationsWritesScope = await api('PATCH', `/contracts/${draft.id}`, {
        as: 'oli.ops',
        body: {
          serviceScope: 'East coast LTL lanes',
          performanceClauses: [
            {
              title: 'On-time delivery',
              text: 'At least 95 % of shipments delivered on time each quarter.',
              threshold: {
                metric: 'on_time_rate',
                comparator: 'gte',
                value: 95,
                unit: '%',
                period: 'quarter',
              },
            },
          ],
        },
      });
      const legalCreatesWithFees = await api<ErrorBody>('POST', '/contracts', {
        as: 'lee.legal',
        body: {
          partnerId: partner.id,
          title: 'Sneaky',
          effectiveDate: '2090-01-01',
          initialTermMonths: 12,
          renewalType: 'none',
          noticeDays: 0,
          fees: [baseFee],
        },
      });

      expect(legalWritesFees.status).toBe(403);
      expect(legalWritesFees.body).toMatchObject({ code: 'contract.term_not_owned' });
      expect(legalWritesFees.body.details?.fields).toEqual([{ field: 'fees', owner: 'strategy' }]);
      expect(financeWritesNotice.status).toBe(403);
      expect(financeWritesNotice.body.details?.fields).toEqual([
        { field: 'noticeDays', owner: 'legal' },
      ]);
      expect(legalCreatesWithFees.status).toBe(403);
      expect([
        strategyWritesFees.status,
        financeWritesPayments.status,
        operationsWritesScope.status,
      ]).toEqual([200, 200, 200]);
      const contract = await contractOf(draft.id);
      expect(contract.terms.fees).toEqual([baseFee]);
      expect(contract.terms.paymentSchedule).toHaveLength(1);
      expect(contract.terms.incentives[0].eligibility[0]).toMatchObject({ metric: 'shipments' });
      expect(contract.terms.performanceClauses[0].threshold).toMatchObject({ value: 95 });
      expect(contract.terms.noticeDays).toBe(90);
    });

    it.each([
      [
        'an end date before the start',
        { initialTermMonths: null, endDate: '2089-12-31' },
        'endDate',
      ],
      ['31 February', { effectiveDate: '2091-02-31' }, 'effectiveDate'],
      ['both a term and an end date', { endDate: '2091-06-30' }, 'initialTermMonths'],
      ['auto renewal without a renewal term', { renewalTermMonths: null }, 'renewalTermMonths'],
    ])('refuses %s, naming the field, and stores nothing', async (_what, overrides, field) => {
      const title = `Impossible ${randomUUID()}`;
      const response = await api<ErrorBody>('POST', '/contracts', {
        as: 'lee.legal',
        body: {
          partnerId: partner.id,
          title,
          effectiveDate: '2090-01-15',
          initialTermMonths: 12,
          renewalType: 'auto',
          renewalTermMonths: 12,
          noticeDays: 90,
          ...overrides,
        },
      });
      const stored = await api<{ items: unknown[] }>(
        'GET',
        `/contracts?q=${encodeURIComponent(title)}`,
        { as: 'lee.legal' },
      );

      expect(response.status).toBe(400);
      expect(response.body.details?.fields?.map((problem) => problem.field)).toContain(field);
      expect(stored.body.items).toEqual([]);
    });

    it('refuses status, version and audit fields in the body: no mass assignment', async () => {
      const response = await api<ErrorBody>('POST', '/contracts', {
        as: 'lee.legal',
        body: {
          partnerId: partner.id,
          title: 'Pre-approved, allegedly',
          effectiveDate: '2090-01-15',
          initialTermMonths: 12,
          renewalType: 'none',
          noticeDays: 0,
          status: 'active',
          currentVersion: 7,
          createdBy: 'erin.exec',
        },
      });

      expect(response.status).toBe(400);
      expect(response.body.details?.fields?.map((problem) => problem.field).sort()).toEqual([
        'createdBy',
        'currentVersion',
        'status',
      ]);
    });
  });

  describe('activation by dual approval', () => {
    it('needs two distinct approvers other than the author, in the policy’s roles', async () => {
      const draft = await createContract('lee.legal', partner.id);
      const request = await propose(draft.id, 'sam.strategy', {
        kind: 'activation',
        reason: 'signed by both parties on 12 November',
      });
      expect(request.status).toBe(201);
      changeRequestSchema.parse(request.body);
      expect(request.body.requiredApprovals).toEqual([['legal'], ['executive', 'strategy']]);

      const byAuthor = await approve(request.body.id, 'sam.strategy');
      const byLawyer = await approve(request.body.id, 'lee.legal');
      const lawyerAgain = await approve(request.body.id, 'lee.legal');
      const secondLawyer = await approve(request.body.id, 'lou.legal');
      const byFinance = await approve(request.body.id, 'fran.finance');
      const stillDraft = await contractOf(draft.id);
      const byExecutive = await approve(request.body.id, 'erin.exec');

      expect(byAuthor.status).toBe(403);
      expect(byAuthor.body.code).toBe('change.self_approval');
      expect(byLawyer.status).toBe(200);
      expect(byLawyer.body.status).toBe('pending');
      expect(lawyerAgain.status).toBe(409);
      expect(lawyerAgain.body.code).toBe('change.already_approved');
      expect(secondLawyer.status).toBe(403);
      expect(secondLawyer.body.code).toBe('change.approver_not_eligible');
      expect(byFinance.status).toBe(403);
      expect(stillDraft.status).toBe('draft');
      expect(byExecutive.status).toBe(200);
      expect(byExecutive.body).toMatchObject({ status: 'approved', resultingVersion: 1 });
      expect(
        byExecutive.body.approvals.map((approval) => [approval.username, approval.role]),
      ).toEqual([
        ['lee.legal', 'legal'],
        ['erin.exec', 'executive'],
      ]);
      const active = await contractOf(draft.id);
      expect(active).toMatchObject({
        status: 'active',
        currentVersion: 1,
        pendingChangeRequestId: null,
      });

      // Only now does the contract reach the renewal calendar, through its event.
      await eventually(async () => {
        const renewals = await api<{ contractId: string }[]>('GET', '/renewals', {
          as: 'lee.legal',
        });

        return renewals.body.some((renewal) => renewal.contractId === draft.id) ? true : undefined;
      });
      const edit = await api<ErrorBody>('PATCH', `/contracts/${draft.id}`, {
        as: 'lee.legal',
        body: { noticeDays: 30 },
      });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('contract.not_draft');
    });

    it('closes a rejected change with its reason and changes nothing', async () => {
      const contract = await createActiveContract(partner);
      const request = await propose(contract.id, 'sam.strategy', {
        kind: 'amendment',
        changes: { fees: [baseFee] },
        effectiveDate: '2090-03-01',
        reason: 'new linehaul rate card',
      });

      const withoutReason = await api<ErrorBody>(
        'POST',
        `/change-requests/${request.body.id}/reject`,
        {
          as: 'erin.exec',
          body: {},
        },
      );
      const rejected = await api<ChangeView>('POST', `/change-requests/${request.body.id}/reject`, {
        as: 'erin.exec',
        body: { reason: 'rate card not yet agreed with procurement' },
      });
      const lateApproval = await approve(request.body.id, 'lee.legal');

      expect(withoutReason.status).toBe(400);
      expect(withoutReason.body.details?.fields?.map((problem) => problem.field)).toEqual([
        'reason',
      ]);
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        rejection: { by: 'erin.exec', reason: 'rate card not yet agreed with procurement' },
      });
      expect(lateApproval.status).toBe(409);
      expect(await contractOf(contract.id)).toMatchObject({ currentVersion: 1 });
      expect((await contractOf(contract.id)).terms.fees).toEqual([]);
    });
  });

  describe('amendments, versions and the terms on a date', () => {
    let contract: Contract;
    let v2: ChangeView;
    let v3: ChangeView;

    beforeAll(async () => {
      contract = await createActiveContract(partner, {
        effectiveDate: '2090-01-15',
        noticeDays: 90,
      });
      // Approved second, effective later: notice shortened from 1 September 2090.
      v2 = changeRequestSchema.parse(
        await approveChangeBy(contract.id, 'lee.legal', ['lou.legal', 'erin.exec'], {
          kind: 'amendment',
          changes: { noticeDays: 60 },
          effectiveDate: '2090-09-01',
          reason: 'renegotiated notice window',
        }),
      );
      // Approved third, reaching back to 1 March 2090: a new fee schedule.
      v3 = changeRequestSchema.parse(
        await approveChange(contract, {
          kind: 'amendment',
          changes: { fees: [baseFee] },
          effectiveDate: '2090-03-01',
          reason: 'rate card agreed in March, signed late',
        }),
      );
    });

    it('keeps every approved change as an immutable version with its diff, reason and approvers', async () => {
      const response = await api<VersionView[]>('GET', `/contracts/${contract.id}/versions`, {
        as: 'aud.auditor',
      });
      const versions = response.body.map((version) => versionSchema.parse(version));

      expect(v2.resultingVersion).toBe(2);
      expect(v3.resultingVersion).toBe(3);
      expect(
        versions.map((version) => [version.version, version.kind, version.effectiveFrom]),
      ).toEqual([
        [1, 'activation', '2090-01-15'],
        [2, 'amendment', '2090-09-01'],
        [3, 'amendment', '2090-03-01'],
      ]);
      expect(versions[1]).toMatchObject({
        changes: { noticeDays: { from: 90, to: 60 } },
        reason: 'renegotiated notice window',
        author: 'lee.legal',
      });
      expect(versions[1].approvers.map((approver) => approver.username)).toEqual([
        'lou.legal',
        'erin.exec',
      ]);
      expect(versions[2].terms).toMatchObject({ noticeDays: 60, fees: [baseFee] });
      const one = await api<VersionView>('GET', `/contracts/${contract.id}/versions/2`, {
        as: 'fran.finance',
      });
      expect(one.body.version).toBe(2);
    });

    it('compares any two versions field by field', async () => {
      const response = await api<{ changes: Record<string, { from: unknown; to: unknown }> }>(
        'GET',
        `/contracts/${contract.id}/versions/compare?from=1&to=3`,
        { as: 'sam.strategy' },
      );

      expect(response.body.changes).toEqual({
        noticeDays: { from: 90, to: 60 },
        fees: { from: [], to: [baseFee] },
      });
    });

    it.each([
      ['2090-01-14', false, []],
      ['2090-02-01', true, [1]],
      ['2090-04-01', true, [1, 3]],
      ['2090-10-01', true, [1, 2, 3]],
    ])('answers which terms were in force on %s', async (asOf, inForce, versions) => {
      const response = await api<ReturnType<typeof termsAsOfSchema.parse>>(
        'GET',
        `/contracts/${contract.id}/terms?asOf=${asOf}`,
        { as: 'oli.ops' },
      );

      expect(termsAsOfSchema.parse(response.body)).toMatchObject({ inForce, versions });
    });

    it('gives the activated terms with only the amendments in effect on that date', async () => {
      const response = await api<{ terms: Record<string, unknown> }>(
        'GET',
        `/contracts/${contract.id}/terms?asOf=2090-04-01`,
        { as: 'oli.ops' },
      );

      expect(response.body.terms).toMatchObject({ noticeDays: 90, fees: [baseFee] });
    });

    it('refuses an amendment of terms the author does not own, or one that changes nothing', async () => {
      const financeChangesTerm = await propose(contract.id, 'fran.finance', {
        kind: 'amendment',
        changes: { initialTermMonths: 36 },
        effectiveDate: '2090-06-01',
        reason: 'longer term',
      });
      const noChange = await propose(contract.id, 'sam.strategy', {
        kind: 'amendment',
        changes: { fees: [baseFee] },
        effectiveDate: '2090-06-01',
        reason: 'same again',
      });
      const unknownTerm = await propose(contract.id, 'sam.strategy', {
        kind: 'amendment',
        changes: { status: 'terminated' },
        effectiveDate: '2090-06-01',
        reason: 'sneaky',
      });

      expect(financeChangesTerm.status).toBe(403);
      expect(financeChangesTerm.body.code).toBe('contract.term_not_owned');
      expect(noChange.status).toBe(400);
      expect(unknownTerm.status).toBe(400);
      expect(unknownTerm.body.details?.fields?.map((problem) => problem.field)).toContain(
        'changes.status',
      );
    });
  });

  it('allows one pending change per contract', async () => {
    const contract = await createActiveContract(partner);
    const first = await propose(contract.id, 'sam.strategy', {
      kind: 'amendment',
      changes: { fees: [baseFee] },
      effectiveDate: '2090-02-01',
      reason: 'rate card',
    });
    const second = await propose(contract.id, 'lee.legal', {
      kind: 'termination',
      terminationDate: '2090-06-30',
      reason: 'exit',
    });

    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('change.pending_exists');
    expect((await contractOf(contract.id)).pendingChangeRequestId).toBe(first.body.id);
  });

  it('terminates by dual approval and takes the contract off the renewal calendar', async () => {
    const contract = await createActiveContract(partner);
    await eventually(async () => ((await renewalIds()).includes(contract.id) ? true : undefined));

    const termination = await approveChange(contract, {
      kind: 'termination',
      terminationDate: '2090-06-30',
      reason: 'consolidating carriers on the east coast lanes',
    });

    expect(termination).toMatchObject({ status: 'approved', resultingVersion: 2 });
    expect(await contractOf(contract.id)).toMatchObject({
      status: 'terminated',
      terminatedOn: '2090-06-30',
    });
    await eventually(async () => (!(await renewalIds()).includes(contract.id) ? true : undefined));
  });

  it('hides another entity’s contracts and changes from every read, write and approval: 404', async () => {
    const contract = await createActiveContract(partner);
    const request = await propose(contract.id, 'sam.strategy', {
      kind: 'amendment',
      changes: { fees: [baseFee] },
      effectiveDate: '2090-02-01',
      reason: 'rate card',
    });
    const uk = 'lena.legal';

    const answers = await Promise.all([
      api('GET', `/contracts/${contract.id}`, { as: uk }),
      api('PATCH', `/contracts/${contract.id}`, { as: uk, body: { noticeDays: 1 } }),
      api('GET', `/contracts/${contract.id}/versions`, { as: uk }),
      api('GET', `/contracts/${contract.id}/terms?asOf=2090-02-01`, { as: uk }),
      propose(contract.id, uk, {
        kind: 'termination',
        terminationDate: '2090-03-01',
        reason: 'mine now',
      }),
      api('GET', `/change-requests/${request.body.id}`, { as: uk }),
      approve(request.body.id, uk),
      api('POST', `/change-requests/${request.body.id}/reject`, {
        as: uk,
        body: { reason: 'no way' },
      }),
    ]);
    const listed = await api<{ items: ContractView[] }>(
      'GET',
      `/contracts?partnerId=${partner.id}`,
      { as: uk },
    );

    expect(answers.map((answer) => answer.status)).toEqual([
      404, 404, 404, 404, 404, 404, 404, 404,
    ]);
    expect(listed.body.items).toEqual([]);
  });

  it('searches with filters and pages with a cursor', async () => {
    const other = await createPartner('sam.strategy', 'US01');
    const tag = randomUUID().slice(0, 8);
    const titles = ['Alpha', 'Bravo', 'Charlie'].map((name) => `${name} ${tag}`);
    for (const title of titles) {
      await createContract('lee.legal', other.id, {
        title,
        renewalType: title.startsWith('Bravo') ? 'manual' : 'auto',
      });
    }
    await createActiveContract(other, { title: `Delta ${tag}` });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/contracts?q=${tag}&sort=title&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await api<{ items: ContractView[]; nextCursor: string | null }>('GET', path, {
        as: 'sam.strategy',
      });
      contractPageSchema.parse(page.body);
      seen.push(...page.body.items.map((item) => item.terms.title));
      cursor = page.body.nextCursor;
    } while (cursor);
    const manual = await api<{ items: ContractView[] }>(
      'GET',
      `/contracts?q=${tag}&renewalType=manual`,
      { as: 'sam.strategy' },
    );
    const active = await api<{ items: ContractView[] }>(
      'GET',
      `/contracts?partnerId=${other.id}&status=active`,
      { as: 'sam.strategy' },
    );

    expect(seen).toEqual([...titles, `Delta ${tag}`]);
    expect(manual.body.items.map((item) => item.terms.title)).toEqual([titles[1]]);
    expect(active.body.items.map((item) => item.terms.title)).toEqual([`Delta ${tag}`]);
  });

  it('applies an entity’s own approval policy to changes proposed after it is set', async () => {
    const ukPartner = await createPartner('sam.strategy', 'UK01');
    const draft = await createContract('lena.legal', ukPartner.id);
    const strict = { slots: [['legal'], ['finance'], ['executive']] };

    const byStrategy = await api('PUT', '/entities/UK01/approval-policy', {
      as: 'sam.strategy',
      body: strict,
    });
    const single = await api<ErrorBody>('PUT', '/entities/UK01/approval-policy', {
      as: 'ada.admin',
      body: { slots: [['legal']] },
    });
    const set = await api('PUT', '/entities/UK01/approval-policy', {
      as: 'ada.admin',
      body: strict,
    });
    try {
      const request = await propose(draft.id, 'sam.strategy', {
        kind: 'activation',
        reason: 'signed',
      });
      await approve(request.body.id, 'lena.legal');
      const afterTwo = await approve(request.body.id, 'erin.exec');
      const afterThree = await approve(request.body.id, 'fran.finance');

      expect(byStrategy.status).toBe(403);
      expect(single.status).toBe(400);
      expect(set.status).toBe(200);
      expect(request.body.requiredApprovals).toEqual(strict.slots);
      expect(afterTwo.body.status).toBe('pending');
      expect(afterThree.body).toMatchObject({ status: 'approved', resultingVersion: 1 });
    } finally {
      await api('PUT', '/entities/UK01/approval-policy', {
        as: 'ada.admin',
        body: { slots: [['legal'], ['executive', 'strategy']] },
      });
    }
  });
});

async function renewalIds(): Promise<string[]> {
  const response = await api<{ contractId: string }[]>('GET', '/renewals', { as: 'lee.legal' });

  return response.body.map((renewal) => renewal.contractId);
}

/** Proposes as `author` and approves as each of `approvers`, in order. */
async function approveChangeBy(
  contractId: string,
  author: string,
  approvers: string[],
  proposal: Record<string, unknown>,
): Promise<ChangeView> {
  const request = await propose(contractId, author, proposal);
  if (request.status !== 201) {
    throw new Error(`proposing answered ${request.status}: ${JSON.stringify(request.body)}`);
  }
  let last = request.body;
  for (const approver of approvers) {
    const answer = await approve(request.body.id, approver);
    if (answer.status !== 200) {
      throw new Error(
        `approval by ${approver} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    }
    last = answer.body;
  }

  return last;
}
