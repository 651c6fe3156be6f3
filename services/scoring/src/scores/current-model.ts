import type { EntityManager } from 'typeorm';

import type { ScoringModel } from '../model/types';
import { ScoringModelRow } from './scoring-model.entity';

/** The newest model version; every score is computed with it and names it. */
export async function currentModel(manager: EntityManager): Promise<ScoringModel> {
  const [latest] = await manager.find(ScoringModelRow, { order: { version: 'DESC' }, take: 1 });
  if (!latest) {
    throw new Error('no scoring model: the migration that seeds version 1 has not run');
  }

  return {
    version: latest.version,
    weights: latest.weights,
    thresholds: latest.thresholds,
    categoryPriority: latest.categoryPriority,
  };
}
