import { randomUUID } from 'node:crypto';

import { interactionSchema, partnerPageSchema, partnerSchema } from '@pn/contracts-api';

import { api } from '../support/api';
import { createPartner } from '../support/fixtures';

type PartnerView = ReturnType<typeof partnerSchema.parse>;
interface ErrorBody {
  code: string;
  message: string;
  details: { fields?: { field: string }[]; allowed?: string[] } | null;
}

// Realm users (deploy/keycloak/partner-network-realm.json): sam.strategy and erin.exec see
// both entities; lee.legal and oli.ops only US01; lena.legal only UK01.
const STRATEGY = 'sam.strategy';

async function moveTo(partnerId: string, status: string, as = STRATEGY) {
  return api<PartnerView & ErrorBody>('POST', `/partners/${partnerId}/status`, {
    as,
    body: { status, reason: `moving to ${status}` },
  });
}

describe('partners: the governed relationship registry', () => {
  it('registers a relationship with its capabilities, owner, sponsor and strategic designation', async () => {
    const response = await api<PartnerView>('POST', '/partners', {
      as: STRATEGY,
      body: {
        entityId: 'US01',
        legalName: `Northwind Carriers ${randomUUID().slice(0, 8)}`,
        category: 'carrier',
        capabilities: ['ltl-freight', 'cross-border'],
        ownerUsername: 'oli.ops',
        sponsorUsername: 'erin.exec',
        strategic: {
          tests: ['revenue_continuity', 'competitive_positioning'],
          rationale: 'Carries a third of our US volume on the east coast lanes',
        },
        crmId: `CRM-${randomUUID()}`,
      },
    });

    expect(response.status).toBe(201);
    // The response is exactly what the OpenAPI document promises.
    const partner = partnerSchema.parse(response.body);
    expect(partner).toMatchObject({
      entityId: 'US01',
      status: 'prospect',
      capabilities: ['ltl-freight', 'cross-border'],
      ownerUsername: 'oli.ops',
      sponsorUsername: 'erin.exec',
      sponsorLastInteractionOn: null,
    });
    expect(partner.strategic?.tests).toEqual(['revenue_continuity', 'competitive_positioning']);
  });

  it('lists the legal entities each user may see, with zone and currency', async () => {
    const lee = await api<{ id: string; timeZone: string; currency: string }[]>(
      'GET',
      '/entities',
      {
        as: 'lee.legal',
      },
    );
    const erin = await api<{ id: string }[]>('GET', '/entities', { as: 'erin.exec' });

    expect(lee.body).toEqual([
      expect.objectContaining({ id: 'US01', timeZone: 'America/New_York', currency: 'USD' }),
    ]);
    expect(erin.body.map((entity) => entity.id).sort()).toEqual(['UK01', 'US01']);
  });

  it('serves the brief’s taxonomy, carriers first', async () => {
    const response = await api<{ category: string; priority: string }[]>(
      'GET',
      '/partners/categories',
      { as: 'aud.auditor' },
    );

    expect(response.status).toBe(200);
    expect(response.body.map((profile) => [profile.category, profile.priority])).toEqual([
      ['carrier', 'highest'],
      ['strategic_partner', 'high'],
      ['vendor', 'medium'],
      ['opportunistic', 'low'],
    ]);
  });

  it('walks the lifecycle through allowed steps only, keeping each step with its reason', async () => {
    const partner = await createPartner(STRATEGY, 'US01');

    const skipping = await moveTo(partner.id, 'active');
    expect(skipping.status).toBe(409);
    expect(skipping.body.code).toBe('partner.transition_not_allowed');
    expect(skipping.body.details?.allowed).toEqual(['onboarding', 'exited']);

    for (const status of ['onboarding', 'active', 'under_review', 'active', 'exiting', 'exited']) {
      const step = await moveTo(partner.id, status);
      expect({ status, answer: step.status }).toEqual({ status, answer: 200 });
      expect(step.body.status).toBe(status);
    }
    const revived = await moveTo(partner.id, 'active');
    expect(revived.status).toBe(409);

    const history = await api<{ from: string; to: string; reason: string; changedBy: string }[]>(
      'GET',
      `/partners/${partner.id}/status-history`,
      { as: 'aud.auditor' },
    );
    expect(history.body.map((step) => `${step.from}>${step.to}`)).toEqual([
      'prospect>onboarding',
      'onboarding>active',
      'active>under_review',
      'under_review>active',
      'active>exiting',
      'exiting>exited',
    ]);
    expect(history.body[0]).toMatchObject({ reason: 'moving to onboarding', changedBy: STRATEGY });
  });

  it('leaves lifecycle decisions to strategy, executives and admins', async () => {
    const partner = await createPartner(STRATEGY, 'US01');

    const response = await moveTo(partner.id, 'onboarding', 'oli.ops');

    expect(response.status).toBe(403);
  });

  it('lets only executives and strategy designate a relationship strategic', async () => {
    const partner = await createPartner('lee.legal', 'US01');
    const strategic = {
      tests: ['regulatory_or_operational_viability'],
      rationale: 'Our only licensed customs broker in the region',
    };

    const byLegal = await api<ErrorBody>('PATCH', `/partners/${partner.id}`, {
      as: 'lee.legal',
      body: { strategic },
    });
    const byExecutive = await api<PartnerView>('PATCH', `/partners/${partner.id}`, {
      as: 'erin.exec',
      body: { strategic, capabilities: ['customs-brokerage'] },
    });

    expect(byLegal.status).toBe(403);
    expect(byExecutive.status).toBe(200);
    expect(byExecutive.body).toMatchObject({ strategic, capabilities: ['customs-brokerage'] });
  });

  it('refuses fields it does not know or that are not the caller’s to set, and changes nothing', async () => {
    const partner = await createPartner(STRATEGY, 'US01');

    const create = await api<ErrorBody>('POST', '/partners', {
      as: STRATEGY,
      body: {
        id: randomUUID(),
        entityId: 'US01',
        legalName: `Mass assignment ${randomUUID()}`,
        category: 'vendor',
        status: 'active',
        createdBy: 'someone-else',
      },
    });
    const update = await api<ErrorBody>('PATCH', `/partners/${partner.id}`, {
      as: STRATEGY,
      body: { status: 'active', legalName: 'Renamed' },
    });
    const after = await api<PartnerView>('GET', `/partners/${partner.id}`, { as: STRATEGY });

    expect(create.status).toBe(400);
    expect(create.body.details?.fields?.map((field) => field.field).sort()).toEqual([
      'createdBy',
      'id',
      'status',
    ]);
    expect(update.status).toBe(400);
    expect(after.body).toMatchObject({ status: 'prospect', legalName: partner.legalName });
  });

  it('refuses a second partner with the same CRM id in the entity, naming the field', async () => {
    const crmId = `CRM-${randomUUID()}`;
    await createPartner(STRATEGY, 'US01', undefined, { crmId });

    const duplicate = await api<ErrorBody>('POST', '/partners', {
      as: STRATEGY,
      body: { entityId: 'US01', legalName: `Other ${randomUUID()}`, category: 'vendor', crmId },
    });

    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'partner.already_exists' });
    expect(duplicate.body.message).toContain('crmId');
  });

  it('hides another entity’s partner from every read and write: 404, not 403', async () => {
    const partner = await createPartner('lee.legal', 'US01');
    const asUk = 'lena.legal';

    const answers = await Promise.all([
      api('GET', `/partners/${partner.id}`, { as: asUk }),
      api('PATCH', `/partners/${partner.id}`, { as: asUk, body: { capabilities: ['x'] } }),
      api('GET', `/partners/${partner.id}/interactions`, { as: asUk }),
      api('POST', `/partners/${partner.id}/interactions`, {
        as: asUk,
        body: { kind: 'call', occurredOn: '2026-11-02', participants: ['x'], summary: 'x' },
      }),
      api('GET', `/partners/${partner.id}/status-history`, { as: asUk }),
      api('POST', '/partners', {
        as: asUk,
        body: { entityId: 'US01', legalName: 'Into the other entity', category: 'vendor' },
      }),
    ]);
    const list = await api<{ items: PartnerView[] }>(
      'GET',
      `/partners?q=${encodeURIComponent(partner.legalName)}`,
      { as: asUk },
    );

    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(list.body.items).toEqual([]);
  });

  it('derives the sponsor’s last interaction from the interactions the sponsor took part in', async () => {
    const partner = await createPartner(STRATEGY, 'US01', undefined, {
      sponsorUsername: 'erin.exec',
    });
    const log = (occurredOn: string, participants: string[]) =>
      api('POST', `/partners/${partner.id}/interactions`, {
        as: 'oli.ops',
        body: { kind: 'meeting', occurredOn, participants, summary: `QBR on ${occurredOn}` },
      });

    const first = await log('2026-09-10', ['erin.exec', 'Dana (Northwind)']);
    await log('2026-10-01', ['erin.exec']);
    await log('2026-11-20', ['oli.ops']);

    expect(first.status).toBe(201);
    interactionSchema.parse(first.body);
    const view = await api<PartnerView>('GET', `/partners/${partner.id}`, { as: STRATEGY });
    expect(view.body.sponsorLastInteractionOn).toBe('2026-10-01');
    const listed = await api<{ occurredOn: string }[]>(
      'GET',
      `/partners/${partner.id}/interactions`,
      { as: 'aud.auditor' },
    );
    expect(listed.body.map((interaction) => interaction.occurredOn)).toEqual([
      '2026-11-20',
      '2026-10-01',
      '2026-09-10',
    ]);
  });

  it('searches with filters and pages with a cursor, without repeats or gaps', async () => {
    const tag = randomUUID().slice(0, 8);
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'].map((name) => `${name} ${tag}`);
    for (const name of names) {
      await createPartner(STRATEGY, name.startsWith('Echo') ? 'UK01' : 'US01', name, {
        category: name.startsWith('Bravo') ? 'vendor' : 'carrier',
        ownerUsername: 'oli.ops',
      });
    }

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/partners?q=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await api<{ items: PartnerView[]; nextCursor: string | null }>('GET', query, {
        as: STRATEGY,
      });
      partnerPageSchema.parse(page.body);
      seen.push(...page.body.items.map((partner) => partner.legalName));
      cursor = page.body.nextCursor;
    } while (cursor);
    const vendors = await api<{ items: PartnerView[] }>(
      'GET',
      `/partners?q=${tag}&category=vendor&owner=oli.ops`,
      { as: STRATEGY },
    );
    const newestFirstInUs = await api<{ items: PartnerView[] }>(
      'GET',
      `/partners?q=${tag}&entityId=US01&sort=createdAt&order=desc`,
      { as: STRATEGY },
    );
    const badFilter = await api<ErrorBody>('GET', `/partners?category=airline&colour=red`, {
      as: STRATEGY,
    });

    expect(seen).toEqual(names);
    expect(vendors.body.items.map((partner) => partner.legalName)).toEqual([names[1]]);
    expect(newestFirstInUs.body.items.map((partner) => partner.legalName)).toEqual(
      names.slice(0, 4).reverse(),
    );
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.details?.fields?.map((field) => field.field).sort()).toEqual([
      'category',
      'colour',
    ]);
  });
});
