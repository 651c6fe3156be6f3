import { randomUUID } from 'node:crypto';

import { addDays, todayIn } from '@pn/calendar';
import { renegotiationViewSchema } from '@pn/scoring-api';
import { accessToken } from '@pn/testing';

import { api, eventually } from '../support/api';
import {
  type Contract,
  createActiveContract,
  createPartner,
  type Partner,
} from '../support/fixtures';
import { e2eStack } from '../support/stack';

interface Pack {
  contract: { id: string; partnerName: string };
  renewal: { actionDeadline: string; daysToActionDeadline: number } | null;
  obligations: { met: number; missed: number };
  decisions: { decision: string; rationale: string }[];
  relationship: unknown;
}

function lastMonth(): string {
  const now = new Date();

  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
}

describe('the renegotiation pack of a contract', () => {
  let partner: Partner;
  let contract: Contract;

  beforeAll(async () => {
    partner = await createPartner(
      'sam.strategy',
      'US01',
      `Smith & <Sons> ${randomUUID().slice(0, 8)}`,
      {
        category: 'strategic_partner',
        sponsorUsername: 'erin.exec',
      },
    );
    // Notice is due in about 100 days: renegotiation season.
    contract = await createActiveContract(partner, {
      effectiveDate: addDays(todayIn('America/New_York'), 100 - 274),
      initialTermMonths: 12,
      renewalType: 'auto',
      renewalTermMonths: 12,
      noticeDays: 90,
    });
    await eventually(async () => {
      const response = await api('POST', `/partners/${partner.id}/assessments`, {
        as: 'erin.exec',
        body: { optionality: 2, alignment: 4, comment: 'Strong fit, few alternatives.' },
      });

      return response.status === 201 ? true : undefined;
    });
    await api('POST', `/partners/${partner.id}/financials`, {
      as: 'fran.finance',
      body: {
        period: lastMonth(),
        revenue: { amountMinor: 900_000, currency: 'USD' },
        cost: { amountMinor: 300_000, currency: 'USD' },
      },
    });
    await eventually(async () => {
      const decided = await api('POST', `/renewals/${contract.id}/decisions`, {
        as: 'erin.exec',
        body: { decision: 'renegotiate', rationale: 'Volumes doubled; reopen the rate card.' },
      });

      return decided.status === 201 ? true : undefined;
    });
  });

  it('brings the terms, countdown, scores, dependency, backups, risks and decisions together', async () => {
    const response = await api<Pack>('GET', `/contracts/${contract.id}/renegotiation-pack`, {
      as: 'erin.exec',
    });
    const relationship = renegotiationViewSchema.parse(response.body.relationship);

    expect(response.status).toBe(200);
    expect(response.body.contract).toMatchObject({
      id: contract.id,
      partnerName: partner.legalName,
    });
    expect(response.body.renewal?.daysToActionDeadline).toBeGreaterThan(90);
    expect(response.body.decisions).toEqual([expect.objectContaining({ decision: 'renegotiate' })]);
    expect(relationship.scores.map((score) => score.trigger)).toEqual(['financials', 'assessment']);
    expect(relationship.trend.direction).not.toBe('unknown');
    expect(relationship.concentration).toMatchObject({ currency: 'USD', revenueMinor: 900_000 });
    // The sponsor has never been met: decay is an open risk on the table.
    expect(relationship.openRisks).toContainEqual(
      expect.objectContaining({ risk: 'relationship_decay', level: 'high' }),
    );
  });

  it('downloads as a readable HTML document, every value escaped', async () => {
    const response = await fetch(
      `${e2eStack().url('gateway')}/api/v1/contracts/${contract.id}/renegotiation-pack?format=html`,
      { headers: { authorization: `Bearer ${await accessToken('erin.exec')}` } },
    );
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="renegotiation-pack-smith-sons-/,
    );
    expect(html).toContain('Smith &amp; &lt;Sons&gt;');
    expect(html).not.toContain('<Sons>');
    for (const section of [
      'Key terms and countdown',
      'Relationship health',
      'Obligations',
      'Dependency',
      'Backup partners',
      'Open risks',
      'Past renewal decisions',
    ]) {
      expect(html).toContain(`<h2>${section}</h2>`);
    }
    expect(html).toContain('Volumes doubled; reopen the rate card.');
  });

  it('is not there for a caller outside the contract’s entity, and refuses an unknown format', async () => {
    const outside = await api<{ code: string }>(
      'GET',
      `/contracts/${contract.id}/renegotiation-pack`,
      { as: 'lena.legal' },
    );
    const pdf = await api('GET', `/contracts/${contract.id}/renegotiation-pack?format=pdf`, {
      as: 'erin.exec',
    });

    expect(outside.status).toBe(404);
    expect(pdf.status).toBe(400);
  });
});
