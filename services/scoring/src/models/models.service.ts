import { Injectable, Logger } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, requireRole, type Role } from '@pn/auth';
import { todayIn } from '@pn/calendar';
import { DomainError } from '@pn/errors';
import { OutboxRelay } from '@pn/messaging';
import type { PublishModel } from '@pn/scoring-api';

import { validateModel } from '../model/default-model';
import { ScoredPartner } from '../partners/scored-partner.entity';
import { rescoreMany } from '../scores/rescore';
import { ScoringModelRow } from '../scores/scoring-model.entity';

/** Who may change how relationships are judged: strategy owns the model, admins run it. */
const MODEL_OWNERS: readonly Role[] = ['strategy', 'admin'];
// Partners rescored per transaction when a new version is published.
const RESCORE_BATCH = 500;

/**
 * Versions of the scoring model. Publishing one never edits an earlier version or a score
 * made with it; the partners that have a score are scored again under the new version, so
 * statuses follow new thresholds at once.
 */
@Injectable()
export class ModelsService {
  private readonly logger = new Logger(ModelsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async list() {
    const rows = await this.dataSource
      .getRepository(ScoringModelRow)
      .find({ order: { version: 'DESC' } });

    return rows.map((row) => toView(row));
  }

  async publish(caller: Caller, command: PublishModel) {
    requireRole(caller, MODEL_OWNERS);
    const row = await this.dataSource.transaction(async (manager) => {
      // One publisher at a time, so two never claim the same version number.
      await manager.query('LOCK TABLE scoring_model IN EXCLUSIVE MODE');
      const [latest] = await manager.find(ScoringModelRow, {
        order: { version: 'DESC' },
        take: 1,
      });
      const version = (latest?.version ?? 0) + 1;
      const problems = validateModel({ version, ...command });
      if (problems.length) {
        throw new DomainError(
          'scoring_model.invalid',
          'validation',
          `the model cannot be published: ${problems.join('; ')}`,
          { problems },
        );
      }
      await manager.insert(ScoringModelRow, {
        version,
        weights: command.weights,
        thresholds: command.thresholds,
        categoryPriority: command.categoryPriority,
        reason: command.reason,
        createdBy: caller.username,
      });

      return manager.findOneByOrFail(ScoringModelRow, { version });
    });
    const rescored = await this.rescoreAll(row.version);
    this.logger.log(
      `scoring model version ${row.version} published by ${caller.username} (${command.reason}); ${rescored} partners rescored`,
    );

    return toView(row, rescored);
  }

  /** Scores every partner that has a score again; each batch commits on its own. */
  private async rescoreAll(version: number): Promise<number> {
    const today = todayIn('UTC');
    let after = '00000000-0000-0000-0000-000000000000';
    let rescored = 0;
    for (;;) {
      const batch = await this.dataSource
        .getRepository(ScoredPartner)
        .createQueryBuilder('partner')
        .select('partner.partnerId')
        .where('partner.scored_at IS NOT NULL AND partner.partner_id > :after', { after })
        .orderBy('partner.partner_id')
        .limit(RESCORE_BATCH)
        .getMany();
      if (batch.length === 0) {
        return rescored;
      }
      await this.dataSource.transaction((manager) =>
        rescoreMany(
          manager,
          batch.map((partner) => partner.partnerId),
          'model',
          today,
        ),
      );
      this.relay.notify();
      rescored += batch.length;
      after = batch[batch.length - 1].partnerId;
      this.logger.debug(`rescored ${rescored} partners under model version ${version}`);
    }
  }
}

function toView(row: ScoringModelRow, rescored?: number) {
  return {
    version: row.version,
    weights: row.weights,
    thresholds: row.thresholds,
    categoryPriority: row.categoryPriority,
    reason: row.reason,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    ...(rescored === undefined ? {} : { rescored }),
  };
}
