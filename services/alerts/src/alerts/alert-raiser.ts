import { randomUUID } from 'node:crypto';

import { type EntityManager, In } from 'typeorm';

import type { CalendarDate } from '@pn/calendar';
import { alertRaised } from '@pn/events';
import { appendManyToOutbox } from '@pn/messaging';

import { type DeliveryTargets, planDeliveries } from '../deliveries/plan-deliveries';
import type { RenewalSchedule } from '../renewals/renewal-schedule.entity';
import { alertsDue, isLate, nextDueOn, type PlannedAlert } from './alert-plan';
import { resolvePolicy } from './alert-policies';
import { AlertPolicyRow } from './alert-policy.entity';
import { PartnerContact } from './partner-contact.entity';
import { recipientsOf } from './recipients';
import { RenewalDecision } from './renewal-decision.entity';
import { type RenewalDecisionKind, renewalState } from './renewal-state';

interface RaisedRow {
  id: string;
  schedule: RenewalSchedule;
  planned: PlannedAlert;
  late: boolean;
  recipients: string[];
}

/** One contract: see raiseDueAlertsFor. */
export function raiseDueAlerts(
  manager: EntityManager,
  schedule: RenewalSchedule,
  today: CalendarDate,
  targets: DeliveryTargets,
): Promise<number> {
  return raiseDueAlertsFor(manager, [schedule], today, targets);
}

/**
 * Raises, in the caller's transaction, every alert of these contracts that is due by
 * `today` and not raised yet, and records each contract's current action deadline for the
 * calendar and the next day it needs looking at. The unique (contract, key) constraint makes it safe to run as often as anyone
 * likes, on any replica: an alert already raised is skipped, and only alerts actually
 * inserted get an event and deliveries. Reads and writes are a handful of statements per
 * batch, not per contract, so a sweep of a million contracts stays in seconds. Returns how
 * many alerts were raised.
 */
export async function raiseDueAlertsFor(
  manager: EntityManager,
  schedules: readonly RenewalSchedule[],
  today: CalendarDate,
  targets: DeliveryTargets,
): Promise<number> {
  const active = schedules.filter((schedule) => schedule.status === 'active');
  if (active.length === 0) {
    return 0;
  }
  const contractIds = active.map((schedule) => schedule.contractId);
  const [decisions, policies, contacts] = await Promise.all([
    manager.find(RenewalDecision, {
      where: { contractId: In(contractIds) },
      order: { decidedAt: 'ASC' },
    }),
    manager.findBy(AlertPolicyRow, { entityId: In([...new Set(active.map((s) => s.entityId))]) }),
    manager.findBy(PartnerContact, {
      partnerId: In([...new Set(active.map((schedule) => schedule.partnerId))]),
    }),
  ]);
  const decisionsOf = new Map<string, Map<number, RenewalDecisionKind>>();
  for (const decision of decisions) {
    const terms = decisionsOf.get(decision.contractId) ?? new Map<number, RenewalDecisionKind>();
    decisionsOf.set(decision.contractId, terms.set(decision.termNumber, decision.decision));
  }
  const contactOf = new Map(contacts.map((contact) => [contact.partnerId, contact]));
  const noDecisions = new Map<number, RenewalDecisionKind>();

  const rows: RaisedRow[] = [];
  const progress: Progress[] = [];
  for (const schedule of active) {
    const decided = decisionsOf.get(schedule.contractId) ?? noDecisions;
    const policy = resolvePolicy(
      policies.filter((row) => row.entityId === schedule.entityId),
      schedule.partnerCategory,
    );
    const deadline = renewalState(schedule, decided, today).actionDeadline;
    const next = nextDueOn(schedule, decided, policy, today);
    if (deadline !== schedule.actionDeadline || next !== schedule.nextDueOn) {
      progress.push({ contractId: schedule.contractId, deadline, next });
    }
    const contact = contactOf.get(schedule.partnerId) ?? {
      ownerUsername: null,
      sponsorUsername: null,
    };
    for (const planned of alertsDue(schedule, decided, policy, today, schedule.knownSince)) {
      rows.push({
        id: randomUUID(),
        schedule,
        planned,
        late: isLate(planned, today),
        recipients: recipientsOf(planned.kind, contact, schedule.paymentLinked),
      });
    }
  }
  await recordProgress(manager, progress);
  if (rows.length === 0) {
    return 0;
  }
  const raised = await insertNew(manager, rows, today);
  for (const entityId of new Set(raised.map((row) => row.schedule.entityId))) {
    await planDeliveries(
      manager,
      entityId,
      raised.filter((row) => row.schedule.entityId === entityId),
      targets,
    );
  }
  await appendManyToOutbox(
    manager,
    alertRaised,
    raised.map(({ id, schedule, planned, late, recipients }) => ({
      payload: {
        alertId: id,
        contractId: schedule.contractId,
        partnerId: schedule.partnerId,
        partnerName: schedule.partnerName,
        partnerCategory: schedule.partnerCategory,
        entityId: schedule.entityId,
        kind: planned.kind,
        termNumber: planned.termNumber,
        actionDeadline: planned.actionDeadline,
        offsetDays: planned.offsetDays,
        dueOn: planned.dueOn,
        raisedOn: today,
        late,
        recipients,
      },
      meta: { entityId: schedule.entityId, subject: schedule.contractId },
    })),
  );

  return raised.length;
}

/** Inserts the alerts not raised before and returns those it inserted. */
async function insertNew(
  manager: EntityManager,
  rows: readonly RaisedRow[],
  today: CalendarDate,
): Promise<RaisedRow[]> {
  const column = <T>(pick: (row: RaisedRow) => T) => rows.map(pick);
  const inserted = await manager.query<{ id: string }[]>(
    `INSERT INTO alert (id, contract_id, entity_id, key, kind, term_number, action_deadline,
       offset_days, due_on, raised_on, late, recipients, partner_id, partner_name, title)
     SELECT id, contract_id, entity_id, key, kind, term_number, action_deadline, offset_days,
       due_on, $2, late, string_to_array(recipients, ','), partner_id, partner_name, title
     FROM unnest($1::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[],
       $8::date[], $9::int[], $10::date[], $11::boolean[], $12::text[], $13::uuid[], $14::text[],
       $15::text[])
       AS t (id, contract_id, entity_id, key, kind, term_number, action_deadline, offset_days,
         due_on, late, recipients, partner_id, partner_name, title)
     ON CONFLICT (contract_id, key) DO NOTHING
     RETURNING id`,
    [
      column((row) => row.id),
      today,
      column((row) => row.schedule.contractId),
      column((row) => row.schedule.entityId),
      column((row) => row.planned.key),
      column((row) => row.planned.kind),
      column((row) => row.planned.termNumber),
      column((row) => row.planned.actionDeadline),
      column((row) => row.planned.offsetDays),
      column((row) => row.planned.dueOn),
      column((row) => row.late),
      column((row) => row.recipients.join(',')),
      column((row) => row.schedule.partnerId),
      column((row) => row.schedule.partnerName),
      column((row) => row.schedule.title),
    ],
  );
  const raised = new Set(inserted.map((row) => row.id));

  return rows.filter((row) => raised.has(row.id));
}

interface Progress {
  contractId: string;
  deadline: CalendarDate;
  next: CalendarDate;
}

/**
 * Keeps each contract's current action deadline (the calendar searches by it) and the next
 * day something can fall due (the sweep selects by it) in its row.
 */
async function recordProgress(
  manager: EntityManager,
  progress: readonly Progress[],
): Promise<void> {
  if (progress.length === 0) {
    return;
  }
  await manager.query(
    `UPDATE renewal_schedule SET action_deadline = t.deadline, next_due_on = t.next
     FROM unnest($1::uuid[], $2::date[], $3::date[]) AS t (contract_id, deadline, next)
     WHERE renewal_schedule.contract_id = t.contract_id`,
    [
      progress.map((row) => row.contractId),
      progress.map((row) => row.deadline),
      progress.map((row) => row.next),
    ],
  );
}
