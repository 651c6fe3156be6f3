import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { DomainError } from '@pn/errors';
import type { RecordFinancials, RecordKpis } from '@pn/scoring-api';

import type { ScoredPartner } from '../partners/scored-partner.entity';
import { FinancialInput } from './financial-input.entity';
import { KpiInput } from './kpi-input.entity';
import { latestReportableMonth } from './reportable-month';

/**
 * Stores a month of a partner's financials as reported, whoever reported it (a person
 * through the API, a finance system through an event): refused if the month has not begun
 * or the entity reports in another currency, since shares compare one currency.
 */
export async function storeFinancials(
  manager: EntityManager,
  partner: ScoredPartner,
  input: RecordFinancials,
  suppliedBy: string,
): Promise<void> {
  refuseFuture(input.period);
  const [other] = await manager.query<{ currency: string }[]>(
    `SELECT currency FROM financial_input WHERE entity_id = $1 AND currency <> $2 LIMIT 1`,
    [partner.entityId, input.revenue.currency],
  );
  if (other) {
    throw new DomainError(
      'financials.currency_mismatch',
      'validation',
      `${partner.entityId} reports its partners' financials in ${other.currency}, not ${input.revenue.currency}: shares and concentration compare one currency`,
      { entityId: partner.entityId, currency: other.currency },
    );
  }
  await manager.insert(FinancialInput, {
    id: randomUUID(),
    partnerId: partner.partnerId,
    entityId: partner.entityId,
    period: input.period,
    revenueMinor: String(input.revenue.amountMinor),
    costMinor: String(input.cost.amountMinor),
    currency: input.revenue.currency,
    source: input.source,
    suppliedBy,
  });
}

/** Stores a month of a partner's KPIs as reported; refused if the month has not begun. */
export async function storeKpis(
  manager: EntityManager,
  partner: ScoredPartner,
  input: RecordKpis,
  suppliedBy: string,
): Promise<void> {
  refuseFuture(input.period);
  await manager.insert(KpiInput, {
    id: randomUUID(),
    partnerId: partner.partnerId,
    entityId: partner.entityId,
    period: input.period,
    slaAttainmentPct: String(input.slaAttainmentPct),
    incidents: input.incidents,
    responseHours: String(input.responseHours),
    responseTargetHours: String(input.responseTargetHours),
    source: input.source,
    suppliedBy,
  });
}

function refuseFuture(period: string): void {
  const latest = latestReportableMonth();
  if (period > latest) {
    throw new DomainError(
      'input.future_period',
      'validation',
      `period ${period} has not begun yet (the latest month that can be reported is ${latest})`,
      { period },
    );
  }
}
