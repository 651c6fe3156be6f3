import type { DataSource } from 'typeorm';

import type { Caller } from '@pn/auth';
import type { OutboxRelay } from '@pn/messaging';

import { QuarterlyRunner } from '../src/reviews/quarterly-run';
import { ReviewsService } from '../src/reviews/reviews.service';
import { rescore } from '../src/scores/rescore';
import { toScoreView } from '../src/scores/score-view';
import { ScoresService } from '../src/scores/scores.service';
import { scoringDatabase } from './scoring-database';

const ACTIVE = '11111111-1111-4111-8111-111111111111';
const PROSPECT = '22222222-2222-4222-8222-222222222222';
const BRITISH = '33333333-3333-4333-8333-333333333333';
// The outbox rows are real; waking the relay that publishes them is not under test here.
const relay = { notify: () => undefined } as unknown as OutboxRelay;
const strategist: Caller = {
  subject: 's-1',
  username: 'sam.strategy',
  roles: ['strategy'],
  entities: ['US01'],
};

describe('quarterly runs and reviews against real Postgres', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, drop } = await scoringDatabase('reviews'));
    await dataSource.query(
      `INSERT INTO scored_partner (partner_id, entity_id, legal_name, category, status)
       VALUES ($1, 'US01', 'Northwind', 'carrier', 'active'),
              ($2, 'US01', 'Maybe Ltd', 'vendor', 'prospect'),
              ($3, 'UK01', 'Thames Freight', 'carrier', 'active')`,
      [ACTIVE, PROSPECT, BRITISH],
    );
  });

  afterAll(() => drop());

  it('lets one replica claim a quarter and opens each active partner’s review once', async () => {
    const runner = new QuarterlyRunner(dataSource, relay);
    const claims = await Promise.all(Array.from({ length: 5 }, () => runner.claim('2026-Q4')));

    const first = await runner.run('2026-Q4', '2026-11-02');
    const second = await runner.run('2026-Q4', '2026-11-03');
    const reviews = await dataSource.query<{ partner_id: string; due_on: string }[]>(
      `SELECT partner_id, due_on::text FROM relationship_review WHERE quarter = '2026-Q4'
       ORDER BY partner_id`,
    );
    const [run] = await dataSource.query<{ finished: boolean; partners: number }[]>(
      `SELECT finished_at IS NOT NULL AS finished, partners FROM quarterly_run`,
    );

    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(first).toEqual({ partners: 2, reviewsOpened: 2 });
    expect(second).toEqual({ partners: 2, reviewsOpened: 0 });
    expect(reviews).toEqual([
      { partner_id: ACTIVE, due_on: '2026-12-31' },
      { partner_id: BRITISH, due_on: '2026-12-31' },
    ]);
    expect(run).toEqual({ finished: true, partners: 2 });
  });

  it('reports overdue reviews of the caller’s entities only, and calls their scores stale', async () => {
    await dataSource.query(
      `INSERT INTO relationship_review (id, partner_id, entity_id, quarter, due_on)
       VALUES (gen_random_uuid(), $1, 'US01', '2026-Q2', '2026-06-30'),
              (gen_random_uuid(), $2, 'UK01', '2026-Q2', '2026-06-30')`,
      [ACTIVE, BRITISH],
    );
    const reviews = new ReviewsService(dataSource, relay);
    const scores = new ScoresService(dataSource);

    const overdue = await reviews.list(strategist, { status: 'overdue' }, '2026-11-02');
    const open = await reviews.list(strategist, { status: 'open' }, '2026-11-02');
    const row = await dataSource.transaction((manager) =>
      rescore(manager, ACTIVE, 'quarterly', '2026-11-02'),
    );
    const partner = await dataSource.query<{ renegotiation_required: boolean }[]>(
      'SELECT renegotiation_required FROM scored_partner WHERE partner_id = $1',
      [ACTIVE],
    );
    const view = await scores.withStaleness(
      toScoreView(row, new Date('2026-11-02T12:00:00Z')),
      { partnerId: ACTIVE, renegotiationRequired: partner[0].renegotiation_required },
      '2026-11-02',
    );

    expect(overdue.map((review) => [review.partnerId, review.quarter, review.overdue])).toEqual([
      [ACTIVE, '2026-Q2', true],
    ]);
    expect(open.map((review) => review.quarter)).toEqual(['2026-Q2', '2026-Q4']);
    expect(view).toMatchObject({
      stale: true,
      staleReasons: ['the 2026-Q2 review is overdue since 2026-06-30'],
    });
  });
});
