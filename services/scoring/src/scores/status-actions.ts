import { randomUUID } from 'node:crypto';

import { type EntityManager, In } from 'typeorm';

import type { Status } from '../model/types';
import type { ScoredPartner } from '../partners/scored-partner.entity';
import type { PartnerScoreRow } from './partner-score.entity';
import { ScoringTask } from './scoring-task.entity';

export interface StatusChange {
  partner: ScoredPartner;
  previous: Status | null;
  status: Status;
  row: PartnerScoreRow;
}

/** What a move into a status asks of people; green asks nothing new. */
const ACTION_ON: Record<Status, ScoringTask['kind'] | null> = {
  red: 'executive_review',
  yellow: 'monitoring',
  green: null,
};

/**
 * Opens the task each status change asks for, once: a partner with an open task of the
 * kind does not get a second. Returns the action of each changed partner.
 */
export async function openTasks(
  manager: EntityManager,
  changes: readonly StatusChange[],
): Promise<Map<string, ScoringTask['kind'] | null>> {
  const actions = new Map(
    changes.map((change) => [change.partner.partnerId, ACTION_ON[change.status]]),
  );
  const wanted = changes.filter((change) => ACTION_ON[change.status] !== null);
  if (wanted.length === 0) {
    return actions;
  }
  const open = await manager.findBy(ScoringTask, {
    partnerId: In(wanted.map((change) => change.partner.partnerId)),
    status: 'open',
  });
  const alreadyOpen = new Set(open.map((task) => `${task.partnerId}/${task.kind}`));
  const tasks = wanted
    .map((change) => ({ change, kind: ACTION_ON[change.status]! }))
    .filter(({ change, kind }) => !alreadyOpen.has(`${change.partner.partnerId}/${kind}`))
    .map(({ change, kind }) => ({
      id: randomUUID(),
      partnerId: change.partner.partnerId,
      entityId: change.partner.entityId,
      kind,
      reason: reasonFor(change, kind),
      scoreId: change.row.id,
    }));
  if (tasks.length) {
    await manager.insert(ScoringTask, tasks);
  }

  return actions;
}

function reasonFor(change: StatusChange, kind: ScoringTask['kind']): string {
  const from = change.previous ? `from ${change.previous} ` : '';
  const name = change.partner.legalName;

  return kind === 'executive_review'
    ? `${name} turned red ${from}at ${change.row.score}: review the relationship and plan its renegotiation or exit`
    : `${name} turned yellow ${from}at ${change.row.score}: monitor the relationship`;
}
