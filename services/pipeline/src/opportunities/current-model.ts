import type { EntityManager } from 'typeorm';

import type { OpportunityModel } from '../model/opportunity-score';
import { OpportunityModelRow } from './opportunity-model.entity';

/** The newest opportunity model version; every score names the version that made it. */
export async function currentOpportunityModel(manager: EntityManager): Promise<OpportunityModel> {
  const [latest] = await manager.find(OpportunityModelRow, { order: { version: 'DESC' }, take: 1 });
  if (!latest) {
    throw new Error('no opportunity model: the migration that seeds version 1 has not run');
  }

  return {
    version: latest.version,
    weights: latest.weights,
    goThreshold: Number(latest.goThreshold),
    noGoThreshold: Number(latest.noGoThreshold),
  };
}
