import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';

import { In, Repository } from 'typeorm';

import type { Caller } from '@pn/auth';
import { todayIn } from '@pn/calendar';

import { type KeyDates, keyDatesOn } from './key-dates';
import { RenewalSchedule } from './renewal-schedule.entity';

export interface RenewalView extends KeyDates {
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
  ) {}

  /** The caller's renewals, soonest action deadline first. */
  async list(caller: Caller, now: Date = new Date()): Promise<RenewalView[]> {
    const schedules = await this.schedules.findBy({
      entityId: In(caller.entities),
      status: 'active',
    });

    return schedules
      .map((schedule) => toView(schedule, now))
      .sort(
        (a, b) =>
          a.actionDeadline.localeCompare(b.actionDeadline) ||
          a.contractId.localeCompare(b.contractId),
      );
  }
}

function toView(schedule: RenewalSchedule, now: Date): RenewalView {
  const asOf = todayIn(schedule.entityTimeZone, now);

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
    ...keyDatesOn(schedule, asOf),
  };
}
