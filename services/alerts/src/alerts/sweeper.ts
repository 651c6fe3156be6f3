import { hostname } from 'node:os';

import { Inject, Injectable, Logger } from '@nestjs/common';

import { DataSource } from 'typeorm';

import type { CalendarDate } from '@pn/calendar';
import { runWithLogContext } from '@pn/observability';

import { DELIVERY_TARGETS } from '../deliveries/delivery-targets';
import type { DeliveryTargets } from '../deliveries/plan-deliveries';
import { RenewalSchedule } from '../renewals/renewal-schedule.entity';
import { raiseDueAlertsFor } from './alert-raiser';
import { SweepRun } from './sweep-run.entity';

// Contracts per transaction: a failure costs one batch, never the alerts of the others.
const BATCH = 2_000;
const REPLICA = `${hostname()}:${process.pid}`;
// A sweep beats after every batch (well under a second each); a claim silent this long
// belongs to a replica that died or a sweep that failed, and another check may take it over.
const CLAIM_LEASE = '5 minutes';

/**
 * The daily sweep of one entity: every active contract is evaluated and whatever is due
 * and not yet raised is raised, so a sweep after downtime catches up all it missed.
 */
@Injectable()
export class Sweeper {
  private readonly logger = new Logger(Sweeper.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(DELIVERY_TARGETS) private readonly targets: DeliveryTargets,
  ) {}

  /**
   * Claims the entity's sweep for `runDate`. Every replica's timer fires, and a timer has
   * been seen to fire twice in one process, so the claim is a row only one insert can win.
   * An unfinished claim whose heartbeat is older than the lease is taken over (the row lock
   * of the upsert lets one taker win), so a sweep cut short still runs that day.
   */
  async claim(entityId: string, runDate: CalendarDate): Promise<boolean> {
    const claimed = await this.dataSource.query<{ taken_from: string | null }[]>(
      `INSERT INTO sweep_run AS run (entity_id, run_date, claimed_by) VALUES ($1, $2, $3)
       ON CONFLICT (entity_id, run_date) DO UPDATE
         SET claimed_by = EXCLUDED.claimed_by, started_at = now(), heartbeat_at = now()
         WHERE run.finished_at IS NULL AND run.heartbeat_at < now() - $4::interval
       RETURNING (SELECT claimed_by FROM sweep_run WHERE entity_id = $1 AND run_date = $2
                  AND claimed_by <> $3) AS taken_from`,
      [entityId, runDate, REPLICA, CLAIM_LEASE],
    );
    if (claimed.length === 1 && claimed[0].taken_from) {
      this.logger.warn(
        `took over the sweep of ${entityId} for ${runDate} from ${claimed[0].taken_from}, silent for over ${CLAIM_LEASE}`,
      );
    }

    return claimed.length === 1;
  }

  /** The entity's zone as contract events reported it; null for an entity with no contracts. */
  async timeZoneOf(entityId: string): Promise<string | null> {
    const schedule = await this.dataSource
      .getRepository(RenewalSchedule)
      .findOne({ where: { entityId }, select: { entityTimeZone: true, contractId: true } });

    return schedule?.entityTimeZone ?? null;
  }

  async sweep(
    entityId: string,
    today: CalendarDate,
  ): Promise<{ contracts: number; raised: number }> {
    return runWithLogContext({ entityId }, async () => {
      const started = performance.now();
      let contracts = 0;
      let raised = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        // Only contracts whose next due day has come, or that were never evaluated: after
        // downtime that is everything missed; on an ordinary day, a small share.
        const batch = await this.dataSource
          .getRepository(RenewalSchedule)
          .createQueryBuilder('schedule')
          .where(
            `schedule.entity_id = :entityId AND schedule.status = 'active'
             AND (schedule.next_due_on IS NULL OR schedule.next_due_on <= :today)
             AND schedule.contract_id > :after`,
            { entityId, today, after },
          )
          .orderBy('schedule.contract_id', 'ASC')
          .limit(BATCH)
          .getMany();
        if (batch.length === 0) {
          break;
        }
        raised += await this.dataSource.transaction((manager) =>
          raiseDueAlertsFor(manager, batch, today, this.targets),
        );
        contracts += batch.length;
        after = batch[batch.length - 1].contractId;
        await this.dataSource
          .getRepository(SweepRun)
          .update({ entityId, runDate: today }, { heartbeatAt: new Date() });
      }
      await this.dataSource
        .getRepository(SweepRun)
        .update(
          { entityId, runDate: today },
          { finishedAt: new Date(), contracts, alertsRaised: raised },
        );
      this.logger.log(
        `sweep of ${entityId} for ${today}: ${contracts} contracts, ${raised} alerts raised in ${Math.round(performance.now() - started)} ms`,
      );

      return { contracts, raised };
    });
  }
}
