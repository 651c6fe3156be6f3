import ICAL from 'ical.js';

import { renewalSummarySchema } from '@pn/alerts-api';

import { api, eventually } from '../support/api';
import { type Contract, createActiveContract, createPartner } from '../support/fixtures';

interface Renewal {
  contractId: string;
  actionDeadline: string;
  decision: string | null;
}

const feedText = async (url: string) => {
  const response = await fetch(url);

  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
};

describe('renewal calendar: filtered API and a personal iCalendar feed', () => {
  let contract: Contract;
  let partnerName: string;

  beforeAll(async () => {
    const partner = await createPartner('sam.strategy', 'US01', undefined, {
      category: 'strategic_partner',
      ownerUsername: 'oli.ops',
    });
    partnerName = partner.legalName;
    // Term 1: 2090-01-15 to 2091-01-14; notice due 90 days before: 2090-10-16.
    contract = await createActiveContract(partner, {
      effectiveDate: '2090-01-15',
      initialTermMonths: 12,
      renewalType: 'auto',
      renewalTermMonths: 12,
      noticeDays: 90,
    });
    await eventually(async () => {
      const renewals = await api<Renewal[]>('GET', '/renewals?from=2090-01-01', {
        as: 'erin.exec',
      });

      return renewals.body.some((renewal) => renewal.contractId === contract.id) ? true : undefined;
    });
  });

  it('filters renewals by deadline range, category, owner and status', async () => {
    const ids = async (query: string) =>
      (await api<Renewal[]>('GET', `/renewals?${query}`, { as: 'erin.exec' })).body.map(
        (renewal) => renewal.contractId,
      );

    expect(await ids('from=2090-10-01&to=2090-10-31&category=strategic_partner')).toContain(
      contract.id,
    );
    expect(await ids('from=2090-11-01')).not.toContain(contract.id);
    expect(await ids('owner=oli.ops&status=undecided')).toContain(contract.id);
    expect(await ids('category=carrier')).not.toContain(contract.id);
    expect(await ids('status=decided')).not.toContain(contract.id);
  });

  it('pages through the calendar in deadline order with a cursor, filling each page', async () => {
    type Page = { status: number; body: Renewal[] };
    const partner = await createPartner('sam.strategy', 'US01', undefined, {
      category: 'vendor',
    });
    const more = [
      await createActiveContract(partner, { effectiveDate: '2091-03-01', initialTermMonths: 12 }),
      await createActiveContract(partner, { effectiveDate: '2091-05-01', initialTermMonths: 12 }),
    ];
    const all = await eventually(async () => {
      const listed = (await api<Renewal[]>('GET', '/renewals?limit=5000', { as: 'erin.exec' }))
        .body;
      const ids = listed.map((renewal) => renewal.contractId);

      return more.every((created) => ids.includes(created.id)) ? listed : undefined;
    });
    const paged: Renewal[] = [];
    let after = '';
    for (;;) {
      const page: Page = await api<Renewal[]>('GET', `/renewals?limit=2${after}`, {
        as: 'erin.exec',
      });
      expect(page.status).toBe(200);
      paged.push(...page.body);
      if (page.body.length < 2) {
        break;
      }
      const last = page.body[page.body.length - 1];
      after = `&after=${last.actionDeadline}_${last.contractId}`;
    }
    const undecided = (
      await api<Renewal[]>('GET', '/renewals?status=undecided&limit=3', { as: 'erin.exec' })
    ).body;
    const badCursor = await api<{ message: string }>('GET', '/renewals?after=2090-10-16', {
      as: 'erin.exec',
    });

    expect(all.length).toBeGreaterThan(2);
    expect(paged.map((renewal) => renewal.contractId)).toEqual(
      all.map((renewal) => renewal.contractId),
    );
    const deadlines = all.map((renewal) => renewal.actionDeadline);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(undecided).toEqual(all.filter((renewal) => renewal.decision === null).slice(0, 3));
    expect(badCursor.status).toBe(400);
    expect(JSON.stringify(badCursor.body)).toContain('after');
  });

  it('summarises the calendar', async () => {
    const response = await api<unknown>('GET', '/renewals/summary', { as: 'erin.exec' });
    const summary = renewalSummarySchema.parse(response.body);

    expect(summary.contracts).toBeGreaterThan(0);
    expect(summary.undecided).toBeLessThanOrEqual(summary.contracts);
  });

  it('serves a feed any calendar app can read: events, countdown and reminders at the alert offsets', async () => {
    const created = await api<{ id: string; url: string }>('POST', '/calendar/feeds', {
      as: 'erin.exec',
    });
    const feed = await feedText(created.body.url);
    // Parsed by ical.js, an independent iCalendar implementation.
    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    const deadline = events.find(
      (event) => event.uid === `${contract.id}-t1-action@partner-network`,
    );
    const termEnd = events.find((event) => event.uid === `${contract.id}-t1-end@partner-network`);

    expect(created.status).toBe(201);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain('text/calendar');
    expect(deadline?.startDate.toString()).toBe('2090-10-16');
    expect(deadline?.startDate.isDate).toBe(true);
    expect(deadline?.summary).toContain(partnerName);
    expect(deadline?.description).toContain(contract.id);
    expect(deadline?.description).toMatch(/\d+ days left as of \d{4}-\d{2}-\d{2}/);
    expect(
      deadline?.component
        .getAllSubcomponents('valarm')
        .map((alarm) => alarm.getFirstPropertyValue('trigger')?.toString()),
    ).toEqual(['-P180D', '-P120D', '-P90D', '-P60D']);
    expect(termEnd?.startDate.toString()).toBe('2091-01-14');
  });

  it('shows only the owner’s entities, and stops working once revoked', async () => {
    const uk = await api<{ id: string; url: string }>('POST', '/calendar/feeds', {
      as: 'lena.legal',
    });
    const ukFeed = await feedText(uk.body.url);
    const own = await api<{ id: string; url: string }>('POST', '/calendar/feeds', {
      as: 'oli.ops',
    });
    const notYours = await api('DELETE', `/calendar/feeds/${own.body.id}`, { as: 'lena.legal' });
    const revoked = await api<{ revokedAt: string | null }>(
      'DELETE',
      `/calendar/feeds/${own.body.id}`,
      {
        as: 'oli.ops',
      },
    );
    const afterRevocation = await feedText(own.body.url);
    const guessed = await feedText(own.body.url.replace(/[^/]+$/, 'A'.repeat(43)));
    const malformed = await feedText(own.body.url.replace(/[^/]+$/, 'x'));

    expect(ukFeed.text).not.toContain(contract.id);
    expect(notYours.status).toBe(404);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect(afterRevocation.status).toBe(404);
    expect(guessed.status).toBe(404);
    expect(malformed.status).toBe(400);
  });
});
