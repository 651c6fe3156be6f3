import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { In, Repository } from 'typeorm';

import type { RenewalsQuery } from '@pn/alerts-api';
import type { Caller } from '@pn/auth';
import { todayIn } from '@pn/calendar';

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

  /** What the calendar's header shows: how much is undecided, close, overdue or rolled over. */
  async summary(caller: Caller, now: Date = new Date()) {
    const renewals = await this.renewalsOf(caller.entities, {}, now);
    const undecided = renewals.filter((renewal) => renewal.decision === null);

    return {
      contracts: renewals.length,
      undecided: undecided.length,
      actionWithin90Days: undecided.filter(
        (renewal) => renewal.daysToActionDeadline >= 0 && renewal.daysToActionDeadline <= 90,
      ).length,
      overdue: undecided.filter((renewal) => renewal.daysToActionDeadline < 0).length,
      silentlyRolledOver: renewals.filter((renewal) => renewal.silentRollovers > 0).length,
    };
  }

  /** Renewals of the given entities; the calendar feed uses it with the feed's entities. */
  async renewalsOf(
    entities: readonly string[],
    query: RenewalsQuery,
    now: Date = new Date(),
  ): Promise<RenewalView[]> {
    const builder = this.schedules
      .createQueryBuilder('schedule')
      .where("schedule.entity_id IN (:...entities) AND schedule.status = 'active'", {
        entities: entities.length ? entities : [''],
      });
    if (query.entityId) {
      builder.andWhere('schedule.entity_id = :entityId', { entityId: query.entityId });
    }
    if (query.category) {
      builder.andWhere('schedule.partner_category = :category', { category: query.category });
    }
    if (query.from || query.to) {
      // The stored deadline is the one of the last evaluation: every contract is evaluated
      // when its terms arrive, and a deadline moves only on a day something falls due (a
      // rollover is one), which that day's sweep evaluates. So a range is an index scan.
      builder.andWhere('schedule.action_deadline BETWEEN :from AND :to', {
        from: query.from ?? '0001-01-01',
        to: query.to ?? '9999-12-31',
      });
      if (query.limit) {
        builder
          .orderBy('schedule.action_deadline', 'ASC')
          .addOrderBy('schedule.contract_id', 'ASC')
          .limit(query.limit);
      }
    }
    if (query.owner) {
      builder.andWhere(
        'schedule.partner_id IN (SELECT partner_id FROM partner_contact WHERE owner_username = :owner)',
        { owner: query.owner },
      );
    }
    const schedules = await builder.getMany();
    const decisions = schedules.length
      ? await this.decisions.find({
          where: { contractId: In(schedules.map((schedule) => schedule.contractId)) },
          order: { decidedAt: 'ASC' },
        })
      : [];
    const byContract = new Map<string, Map<number, RenewalDecisionKind>>();
    for (const decision of decisions) {
      const terms = byContract.get(decision.contractId) ?? new Map<number, RenewalDecisionKind>();
      byContract.set(decision.contractId, terms.set(decision.termNumber, decision.decision));
    }

    return schedules
      .map((schedule) => toView(schedule, byContract.get(schedule.contractId) ?? new Map(), now))
      .filter(
        (renewal) =>
          (!query.from || renewal.actionDeadline >= query.from) &&
          (!query.to || renewal.actionDeadline <= query.to) &&
          matchesStatus(renewal, query.status),
      )
      .sort(
        (a, b) =>
          a.actionDeadline.localeCompare(b.actionDeadline) ||
          a.contractId.localeCompare(b.contractId),
      )
      .slice(0, query.limit);
  }
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
