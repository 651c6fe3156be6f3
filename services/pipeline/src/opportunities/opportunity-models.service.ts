import { Injectable, Logger } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type Caller, requireRole } from '@pn/auth';
import { DomainError } from '@pn/errors';
import type { PublishOpportunityModel } from '@pn/pipeline-api';

import { validateOpportunityModel } from '../model/opportunity-score';
import { OpportunityModelRow } from './opportunity-model.entity';

/**
 * Versions of the opportunity scoring model. A new version scores what is scored from then
 * on; scores and decisions already taken keep the version, weights and thresholds they had.
 */
@Injectable()
export class OpportunityModelsService {
  private readonly logger = new Logger(OpportunityModelsService.name);

  constructor(private readonly dataSource: DataSource) {}

  async list() {
    const rows = await this.dataSource
      .getRepository(OpportunityModelRow)
      .find({ order: { version: 'DESC' } });

    return rows.map(toView);
  }

  async publish(caller: Caller, command: PublishOpportunityModel) {
    requireRole(caller, ['strategy', 'admin']);
    const row = await this.dataSource.transaction(async (manager) => {
      // One publisher at a time, so two never claim the same version number.
      await manager.query('LOCK TABLE opportunity_model IN EXCLUSIVE MODE');
      const [latest] = await manager.find(OpportunityModelRow, {
        order: { version: 'DESC' },
        take: 1,
      });
      const version = (latest?.version ?? 0) + 1;
      const problems = validateOpportunityModel({ version, ...command });
      if (problems.length) {
        throw new DomainError(
          'opportunity_model.invalid',
          'validation',
          `the model cannot be published: ${problems.join('; ')}`,
          { problems },
        );
      }
      await manager.insert(OpportunityModelRow, {
        version,
        weights: command.weights,
        goThreshold: String(command.goThreshold),
        noGoThreshold: String(command.noGoThreshold),
        reason: command.reason,
        createdBy: caller.username,
      });

      return manager.findOneByOrFail(OpportunityModelRow, { version });
    });
    this.logger.log(
      `opportunity model version ${row.version} published by ${caller.username}: ${command.reason}`,
    );

    return toView(row);
  }
}

function toView(row: OpportunityModelRow) {
  return {
    version: row.version,
    weights: row.weights,
    goThreshold: Number(row.goThreshold),
    noGoThreshold: Number(row.noGoThreshold),
    reason: row.reason,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
