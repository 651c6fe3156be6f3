import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';

import { DataSource, IsNull } from 'typeorm';

import type { Caller } from '@pn/auth';
import { addDays, todayIn } from '@pn/calendar';
import { DomainError } from '@pn/errors';

import { DEFAULT_ALERT_POLICY } from '../alerts/alert-policies';
import { RenewalsService, type RenewalView } from '../renewals/renewals.service';
import { CalendarFeed } from './calendar-feed.entity';
import { type CalendarEvent, renderCalendar } from './icalendar';

// A subscribed calendar keeps what it already synced; the feed carries the recent past and
// the soonest deadlines ahead, as many as a calendar app is happy to load.
const FEED_PAST_DAYS = 90;
const FEED_EVENTS = 5_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Personal iCalendar feeds: created, listed and revoked by their owner, read by their URL. */
@Injectable()
export class CalendarFeedsService {
  private readonly logger = new Logger(CalendarFeedsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly renewals: RenewalsService,
  ) {}

  async create(caller: Caller) {
    const token = randomBytes(32).toString('base64url');
    const feed = this.dataSource.getRepository(CalendarFeed).create({
      id: randomUUID(),
      tokenSha256: sha256(token),
      username: caller.username,
      roles: [...caller.roles],
      entities: [...caller.entities],
      revokedAt: null,
    });
    await this.dataSource.getRepository(CalendarFeed).insert(feed);
    this.logger.log(`calendar feed ${feed.id} created for ${caller.username}`);

    return { ...view(await this.find(caller, feed.id)), token };
  }

  async list(caller: Caller) {
    const feeds = await this.dataSource
      .getRepository(CalendarFeed)
      .find({ where: { username: caller.username }, order: { createdAt: 'ASC' } });

    return feeds.map(view);
  }

  async revoke(caller: Caller, id: string) {
    await this.find(caller, id);
    await this.dataSource
      .getRepository(CalendarFeed)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.logger.log(`calendar feed ${id} of ${caller.username} revoked`);

    return view(await this.find(caller, id));
  }

  /** The feed behind a URL's secret; an unknown or revoked one does not exist. */
  async render(token: string, now: Date = new Date()): Promise<string> {
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOneBy({ tokenSha256: sha256(token), revokedAt: IsNull() });
    if (!feed) {
      throw DomainError.notFound('calendar.not_found', 'no such calendar feed');
    }
    const today = todayIn('UTC', now);
    const renewals = await this.renewals.renewalsOf(
      feed.entities,
      { from: addDays(today, -FEED_PAST_DAYS), limit: FEED_EVENTS },
      now,
    );

    return renderCalendar(
      `Partner Network renewals (${feed.username})`,
      renewals.flatMap(eventsOf),
      now,
    );
  }

  private async find(caller: Caller, id: string): Promise<CalendarFeed> {
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOneBy({ id, username: caller.username });
    if (!feed) {
      throw DomainError.notFound('calendar.not_found', `calendar feed ${id} not found`, { id });
    }

    return feed;
  }
}

/** An event for the action deadline (with the alert offsets as reminders) and the term end. */
function eventsOf(renewal: RenewalView): CalendarEvent[] {
  const who = `${renewal.partnerName}: ${renewal.title}`;
  const countdown = (days: number) =>
    days >= 0
      ? `${days} days left as of ${renewal.asOf}`
      : `${-days} days overdue as of ${renewal.asOf}`;
  const details = [
    `Partner: ${renewal.partnerName} (${renewal.partnerCategory})`,
    `Contract: ${renewal.title} (${renewal.contractId})`,
    `Renewal: ${renewal.renewalType}, entity ${renewal.entityId}`,
  ];

  return [
    {
      uid: `${renewal.contractId}-t${renewal.actionTermNumber}-action@partner-network`,
      date: renewal.actionDeadline,
      summary: `${renewal.renewalType === 'auto' ? 'Non-renewal notice due' : 'Renewal due'}: ${who}`,
      description: [
        ...details,
        `Act by ${renewal.actionDeadline}: ${countdown(renewal.daysToActionDeadline)}`,
        renewal.decision ? `Decision recorded: ${renewal.decision}` : 'No decision recorded yet',
      ].join('\n'),
      alarmsDaysBefore: renewal.decision ? [] : DEFAULT_ALERT_POLICY.offsets,
    },
    {
      uid: `${renewal.contractId}-t${renewal.term.number}-end@partner-network`,
      date: renewal.term.end,
      summary: `Term ${renewal.term.number} ends: ${who}`,
      description: [
        ...details,
        `Term ends ${renewal.term.end}: ${countdown(renewal.daysToTermEnd)}`,
      ].join('\n'),
      alarmsDaysBefore: [],
    },
  ];
}

function view(feed: CalendarFeed) {
  return {
    id: feed.id,
    createdAt: feed.createdAt.toISOString(),
    revokedAt: feed.revokedAt?.toISOString() ?? null,
  };
}
