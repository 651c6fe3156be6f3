import { randomUUID } from 'node:crypto';

import { type EntityManager, In } from 'typeorm';

import type { ContractTerms } from '@pn/contracts-api';

import { deriveObligations } from './derive-obligations';
import { Obligation } from './obligation.entity';

/**
 * Brings a contract's obligations in line with the terms of a newly approved version,
 * inside the approval's transaction. New obligations are added; upcoming ones the version no
 * longer contains are superseded (kept, never deleted); decided ones stay as decided.
 */
export async function syncObligations(
  manager: EntityManager,
  contract: { id: string; entityId: string },
  terms: ContractTerms,
  version: number,
): Promise<void> {
  const desired = deriveObligations(terms);
  const existing = await manager.findBy(Obligation, { contractId: contract.id });
  const byKey = new Map(existing.map((obligation) => [obligation.sourceKey, obligation]));
  const wanted = new Set(desired.map((obligation) => obligation.sourceKey));

  const added = desired
    .filter((obligation) => !byKey.has(obligation.sourceKey))
    .map((obligation) =>
      manager.create(Obligation, {
        ...obligation,
        id: randomUUID(),
        entityId: contract.entityId,
        contractId: contract.id,
        status: 'upcoming',
        evidence: null,
        decidedBy: null,
        decidedAt: null,
        derivedFromVersion: version,
        supersededByVersion: null,
      }),
    );
  if (added.length > 0) {
    await manager.insert(Obligation, added);
  }
  const ids = (keep: (obligation: Obligation) => boolean) =>
    existing.filter(keep).map((obligation) => obligation.id);
  const dropped = ids((o) => o.status === 'upcoming' && !wanted.has(o.sourceKey));
  const restored = ids((o) => o.status === 'superseded' && wanted.has(o.sourceKey));
  if (dropped.length > 0) {
    await manager.update(
      Obligation,
      { id: In(dropped) },
      { status: 'superseded', supersededByVersion: version },
    );
  }
  if (restored.length > 0) {
    await manager.update(
      Obligation,
      { id: In(restored) },
      { status: 'upcoming', supersededByVersion: null },
    );
  }
}

/** After a termination nothing falls due beyond the last day in force. */
export async function supersedeAfter(
  manager: EntityManager,
  contractId: string,
  lastDay: string,
  version: number,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(Obligation)
    .set({ status: 'superseded', supersededByVersion: version })
    .where("contract_id = :contractId AND status = 'upcoming' AND due_date > :lastDay", {
      contractId,
      lastDay,
    })
    .execute();
}
