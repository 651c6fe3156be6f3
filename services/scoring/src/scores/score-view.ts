import type { PartnerScoreView } from '@pn/scoring-api';

import { isScoreStale } from '../model/staleness';
import type { PartnerScoreRow } from './partner-score.entity';

/** A stored score as the API shows it: the score, its explanation and whether it is stale. */
export function toScoreView(row: PartnerScoreRow, now: Date): PartnerScoreView {
  const { explanation } = row;

  return {
    id: row.id,
    partnerId: row.partnerId,
    entityId: row.entityId,
    partnerCategory: row.partnerCategory,
    score: row.score === null ? null : Number(row.score),
    status: row.status,
    modelVersion: row.modelVersion,
    categories: explanation.categories,
    missing: explanation.missing,
    inputs: { ...explanation.inputs },
    window: explanation.window,
    trigger: row.trigger,
    computedAt: row.computedAt.toISOString(),
    stale: isScoreStale(row.computedAt.toISOString().slice(0, 10), now.toISOString().slice(0, 10)),
  };
}
