import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { In, Repository } from 'typeorm';

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

  /** The caller's renewals, soonest action deadline first. */
  async list(caller: Caller, now: Date = new Date()): Promise<RenewalView[]> {
    const schedules = await this.schedules.findBy({
      entityId: In(caller.entities),
      status: 'active',
    });
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
      .sort(
        (a, b) =>
          a.actionDeadline.localeCompare(b.actionDeadline) ||
          a.contractId.localeCompare(b.contractId),
      );
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
