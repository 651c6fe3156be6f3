import { Alert } from './alerts/alert.entity';
import { AlertAck } from './alerts/alert-ack.entity';
import { AlertPolicyRow } from './alerts/alert-policy.entity';
import { PartnerContact } from './alerts/partner-contact.entity';
import { RenewalDecision } from './alerts/renewal-decision.entity';
import { SweepRun } from './alerts/sweep-run.entity';
import { CalendarFeed } from './calendar/calendar-feed.entity';
import { Delivery } from './deliveries/delivery.entity';
import { WebhookSubscription } from './deliveries/webhook-subscription.entity';
import { RenewalSchedule } from './renewals/renewal-schedule.entity';

/** Every table the alerts service maps, for the data source and the schema check. */
export const entities = [
  Alert,
  AlertAck,
  AlertPolicyRow,
  CalendarFeed,
  Delivery,
  PartnerContact,
  RenewalDecision,
  RenewalSchedule,
  SweepRun,
  WebhookSubscription,
];
