import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { In, Repository } from 'typeorm';

import type { RenewalsQuery } from '@pn/alerts-api';
import { type Caller, visibleEntities } from '@pn/auth';
import { addDays, todayIn } from '@pn/calendar';
import { DomainError } from '@pn/errors';

import { RenewalDecision } from '../alerts/renewal-decision.entity';
import { type RenewalDecisionKind, renewalState } from '../alerts/renewal-state';
import type { KeyDates } from './key-dates';
import { RenewalSchedule } from './renewal-schedule.entity';

export interface RenewalView extends KeyDates {
  /** The term whose deadline is to be acted on; after a silent rollover, the next one. */
  actionTermNumber: number;
  /** The decision recorded for that term, if any. */
  decision: RenewalDecisionKind | null;
  /** How many times the contract renewed without anyone deciding it. */
  silentRollovers: number;
  contractId: string;
  entityId: string;
  partnerId: string;
  partnerName: string;
  partnerCategory: string;
  title: string;
  renewalType: string;
  noticeDays: number;
  /** "Today" in the entity's time zone, the day the countdown is reckoned from. */
  asOf: string;
}

/** Renewals in one answer when the query names no limit. */
export const DEFAULT_LIMIT = 500;
// The summary counts every renewal a page at a time, so memory stays flat however many.
const SUMMARY_PAGE = 5_000;
const NIL = '00000000-0000-0000-0000-000000000000';
const MAX_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

@Injectable()
export class RenewalsService {
  constructor(
    @InjectRepository(RenewalSchedule) private readonly schedules: Repository<RenewalSchedule>,
    @InjectRepository(RenewalDecision) private readonly decisions: Repository<RenewalDecision>,
  ) {}

  /** The caller's renewals, filtered, soonest action deadline first. */
  list(caller: Caller, query: RenewalsQuery = {}, now: Date = new Date()): Promise<RenewalView[]> {
    return this.renewalsOf(caller.entities, query, now);
  }

  /** One contract's key dates and countdown; 404 outside the caller's entities or not in force. */
  async one(caller: Caller, contractId: string, now: Date = new Date()): Promise<RenewalView> {
    const schedule = await this.schedules.findOneBy({
      contractId,
      entityId: In(visibleEntities(caller)),
      status: 'active',
    });
    if (!schedule) {
      throw DomainError.notFound(
        'renewal.not_found',
        `no contract ${contractId} in force in your entities`,
        { contractId },
      );
    }
    const decisions = await this.decisionsOf([contractId]);

    return toView(schedule, decisions.get(contractId) ?? new Map(), now);
  }

  /** What the calendar's header shows: how much is undecided, close, overdue or rolled over. */
  async summary(caller: Caller, now: Date = new Date()) {
    const counts = {
      contracts: 0,
      undecided: 0,
      actionWithin90Days: 0,
      overdue: 0,
      silentlyRolledOver: 0,
    };
    for await (const renewals of this.pages(caller.entities, {}, SUMMARY_PAGE, now)) {
      for (const renewal of renewals) {
        counts.contracts += 1;
        counts.silentlyRolledOver += renewal.silentRollovers > 0 ? 1 : 0;
        if (renewal.decision === null) {
          counts.undecided += 1;
          counts.overdue += renewal.daysToActionDeadline < 0 ? 1 : 0;
          counts.actionWithin90Days +=
            renewal.daysToActionDeadline >= 0 && renewal.daysToActionDeadline <= 90 ? 1 : 0;
        }
      }
    }

    return counts;
  }

  /**
   * Renewals of the given entities, soonest action deadline first, at most `limit` of them
   * (after the `after` cursor); the calendar feed uses it with the feed's entities.
   *
   * The stored deadline is the one of the last evaluation: every contract is evaluated when
   * its terms arrive, and a deadline moves only on a day something falls due (a rollover is
   * one), which that day's sweep evaluates. So a page is read per entity from the index on
   * (entity, deadline, contract) and merged, never sorted from the whole range. Filters that
   * need the computed state (status) are applied to each page, and pages are read until the
   * limit is filled or the range runs out.
   */
  async renewalsOf(
    entities: readonly string[],
    query: RenewalsQuery,
    now: Date = new Date(),
  ): Promise<RenewalView[]> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const found: RenewalView[] = [];
    for await (const renewals of this.pages(entities, query, limit, now)) {
      found.push(...renewals.slice(0, limit - found.length));
      if (found.length === limit) {
        break;
      }
    }

    return found;
  }

  /** The query's renewals, page by page in (deadline, contract) order, filtered by status. */
  private async *pages(
    entities: readonly string[],
    query: RenewalsQuery,
    size: number,
    now: Date,
  ): AsyncGenerator<RenewalView[]> {
    const scope = query.entityId
      ? entities.filter((entity) => entity === query.entityId)
      : [...entities];
    let after = query.after
      ? parseCursor(query.after)
      : { deadline: '0001-01-01', contractId: NIL };
    while (scope.length > 0) {
      const page = await this.page(scope, query, after, size);
      if (page.length === 0) {
        return;
      }
      const decisions = await this.decisionsOf(page.map((schedule) => schedule.contractId));
      yield page
        .map((schedule) => toView(schedule, decisions.get(schedule.contractId) ?? new Map(), now))
        .filter(
          (renewal) =>
            // The countdown is reckoned today; a deadline that moved since the last
            // evaluation is shown only if it is still in the range asked for.
            (!query.from || renewal.actionDeadline >= query.from) &&
            (!query.to || renewal.actionDeadline <= query.to) &&
            matchesStatus(renewal, query.status),
        );
      const last = page[page.length - 1];
      after = { deadline: last.actionDeadline ?? '', contractId: last.contractId };
      if (page.length < size) {
        return;
      }
    }
  }

  /** The next `size` schedules after the cursor in (deadline, contract) order. */
  private async page(
    entities: readonly string[],
    query: RenewalsQuery,
    after: { deadline: string; contractId: string },
    size: number,
  ): Promise<RenewalSchedule[]> {
    // One lower bound, as a row: the index is entered right at the first row wanted. Next to
    // a separate `action_deadline >= from`, Postgres would enter it at the cursor instead.
    const fromBound = query.from
      ? { deadline: addDays(query.from, -1), contractId: MAX_UUID }
      : { deadline: '0001-01-01', contractId: NIL };
    const start =
      after.deadline > fromBound.deadline ||
      (after.deadline === fromBound.deadline && after.contractId > fromBound.contractId)
        ? after
        : fromBound;
    const ids = await this.schedules.query<{ contract_id: string }[]>(
      `SELECT page.contract_id FROM unnest($1::text[]) AS entity (id)
       CROSS JOIN LATERAL (
         SELECT contract_id, action_deadline FROM renewal_schedule
         WHERE entity_id = entity.id AND status = 'active'
           AND (action_deadline, contract_id) > ($2::date, $3::uuid) AND action_deadline <= $4
           AND ($5::text IS NULL OR partner_category = $5)
           AND ($6::text IS NULL OR partner_id IN
                (SELECT partner_id FROM partner_contact WHERE owner_username = $6))
         ORDER BY action_deadline, contract_id
         LIMIT $7
       ) AS page
       ORDER BY page.action_deadline, page.contract_id
       LIMIT $7`,
      [
        entities,
        start.deadline,
        start.contractId,
        query.to ?? '9999-12-31',
        query.category ?? null,
        query.owner ?? null,
        size,
      ],
    );
    if (ids.length === 0) {
      return [];
    }
    const byId = new Map(
      (await this.schedules.findBy({ contractId: In(ids.map((row) => row.contract_id)) })).map(
        (schedule) => [schedule.contractId, schedule],
      ),
    );

    return ids.map((row) => byId.get(row.contract_id)!);
  }

  private async decisionsOf(
    contractIds: readonly string[],
  ): Promise<Map<string, Map<number, RenewalDecisionKind>>> {
    const decisions = await this.decisions.find({
      where: { contractId: In([...contractIds]) },
      order: { decidedAt: 'ASC' },
    });
    const byContract = new Map<string, Map<number, RenewalDecisionKind>>();
    for (const decision of decisions) {
      const terms = byContract.get(decision.contractId) ?? new Map<number, RenewalDecisionKind>();
      byContract.set(decision.contractId, terms.set(decision.termNumber, decision.decision));
    }

    return byContract;
  }
}

function parseCursor(cursor: string): { deadline: string; contractId: string } {
  const [deadline, contractId] = cursor.split('_');

  return { deadline, contractId };
}

function matchesStatus(renewal: RenewalView, status: RenewalsQuery['status']): boolean {
  switch (status) {
    case undefined:
      return true;
    case 'undecided':
      return renewal.decision === null;
    case 'decided':
      return renewal.decision !== null;
    case 'silently_rolled_over':
      return renewal.silentRollovers > 0;
  }
}

function toView(
  schedule: RenewalSchedule,
  decisions: ReadonlyMap<number, RenewalDecisionKind>,
  now: Date,
): RenewalView {
  const asOf = todayIn(schedule.entityTimeZone, now);
  const state = renewalState(schedule, decisions, asOf);

  return {
    contractId: schedule.contractId,
    entityId: schedule.entityId,
    partnerId: schedule.partnerId,
    partnerName: schedule.partnerName,
    partnerCategory: schedule.partnerCategory,
    title: schedule.title,
    renewalType: schedule.renewalType,
    noticeDays: schedule.noticeDays,
    asOf,
    term: state.currentTerm,
    actionTermNumber: state.actionTerm.number,
    noticeDeadline: schedule.renewalType === 'auto' ? state.actionDeadline : null,
    actionDeadline: state.actionDeadline,
    daysToActionDeadline: state.daysToActionDeadline,
    daysToTermEnd: state.daysToTermEnd,
    decision: state.decision,
    silentRollovers: state.silentRollovers.length,
  };
}
