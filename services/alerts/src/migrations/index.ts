import { CreateRenewalSchedule1764770200000 } from './1764770200000-create-renewal-schedule';
import { ProjectApprovedVersions1764770300000 } from './1764770300000-project-approved-versions';
import { Alerts1764770400000 } from './1764770400000-alerts';
import { Deliveries1764770500000 } from './1764770500000-deliveries';
import { CalendarFeeds1764770600000 } from './1764770600000-calendar-feeds';
import { ActionDeadline1764770700000 } from './1764770700000-action-deadline';
import { NextDue1764770800000 } from './1764770800000-next-due';
import { PaymentLinked1764770900000 } from './1764770900000-payment-linked';
import { SweepHeartbeat1764771000000 } from './1764771000000-sweep-heartbeat';

export const migrations = [
  CreateRenewalSchedule1764770200000,
  ProjectApprovedVersions1764770300000,
  Alerts1764770400000,
  Deliveries1764770500000,
  CalendarFeeds1764770600000,
  ActionDeadline1764770700000,
  NextDue1764770800000,
  PaymentLinked1764770900000,
  SweepHeartbeat1764771000000,
];
