import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { OutboxRelay } from '@pn/messaging';

import { quarterBounds } from '../model/staleness';
import { rescoreMany } from '../scores/rescore';
import { benchmarksOf, windowEnding } from '../scores/score-inputs';
import { QuarterlyRun } from './quarterly-run.entity';

const REPLICA = `${hostname()}:${process.pid}`;
// Partners per transaction: a failure costs one batch, and the lock on each lasts briefly.
const BATCH = 1_000;
// A run beats after every batch; a claim silent this long is taken over.
const CLAIM_LEASE = '10 minutes';

/**
 * The quarter's recomputation: every active partner scored again under the current model
 * and its review for the quarter opened, once per quarter however many replicas run.
 */
@Injectable()
export class QuarterlyRunner {
  private readonly logger = new Logger(QuarterlyRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  /** Claims the quarter's run; an unfinished claim whose heartbeat stopped is taken over. */
  async claim(quarter: string): Promise<boolean> {
    const claimed = await this.dataSource.query<unknown[]>(
      `INSERT INTO quarterly_run AS run (quarter, claimed_by) VALUES ($1, $2)
       ON CONFLICT (quarter) DO UPDATE
         SET claimed_by = EXCLUDED.claimed_by, started_at = now(), heartbeat_at = now()
         WHERE run.finished_at IS NULL AND run.heartbeat_at < now() - $3::interval
       RETURNING quarter`,
      [quarter, REPLICA, CLAIM_LEASE],
    );

    return claimed.length === 1;
  }

  async run(quarter: string, today: string): Promise<{ partners: number; reviewsOpened: number }> {
    const started = performance.now();
    const window = windowEnding(today);
    const entityIds = (
      await this.dataSource.query<{ entity_id: string }[]>(
        `SELECT DISTINCT entity_id FROM scored_partner WHERE status = 'active'`,
      )
    ).map((row) => row.entity_id);
    const benchmarks = await benchmarksOf(this.dataSource.manager, entityIds, window);
    const dueOn = quarterBounds(quarter).end;
    let after = '00000000-0000-0000-0000-000000000000';
    let partners = 0;
    let reviewsOpened = 0;
    for (;;) {
      const batch = await this.dataSource.query<{ partner_id: string; entity_id: string }[]>(
        `SELECT partner_id, entity_id FROM scored_partner
         WHERE status = 'active' AND partner_id > $1 ORDER BY partner_id LIMIT $2`,
        [after, BATCH],
      );
      if (batch.length === 0) {
        break;
      }
      reviewsOpened += await this.dataSource.transaction(async (manager) => {
        const ids = batch.map((row) => row.partner_id);
        await rescoreMany(manager, ids, 'quarterly', today, benchmarks);
        const opened = await manager.query<unknown[]>(
          `INSERT INTO relationship_review (id, partner_id, entity_id, quarter, due_on)
           SELECT t.id, t.partner_id, t.entity_id, $4, $5
           FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t (id, partner_id, entity_id)
           ON CONFLICT (partner_id, quarter) DO NOTHING
           RETURNING id`,
          [batch.map(() => randomUUID()), ids, batch.map((row) => row.entity_id), quarter, dueOn],
        );

        return opened.length;
      });
      this.relay.notify();
      partners += batch.length;
      after = batch[batch.length - 1].partner_id;
      await this.dataSource
        .getRepository(QuarterlyRun)
        .update({ quarter, claimedBy: REPLICA }, { heartbeatAt: new Date() });
    }
    await this.dataSource
      .getRepository(QuarterlyRun)
      .update({ quarter, claimedBy: REPLICA }, { finishedAt: new Date(), partners });
    this.logger.log(
      `quarterly run ${quarter}: ${partners} active partners rescored, ${reviewsOpened} reviews opened in ${Math.round(performance.now() - started)} ms`,
    );

    return { partners, reviewsOpened };
  }
}
