import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import type { CalendarDate } from '@pn/calendar';
import { alertRaised } from '@pn/events';
import { appendManyToOutbox } from '@pn/messaging';

import { type DeliveryTargets, planDeliveries } from '../deliveries/plan-deliveries';
import type { RenewalSchedule } from '../renewals/renewal-schedule.entity';
import { alertsDue, isLate } from './alert-plan';
import { policyFor } from './alert-policies';
import { PartnerContact } from './partner-contact.entity';
import { recipientsOf } from './recipients';
import { RenewalDecision } from './renewal-decision.entity';
import type { RenewalDecisionKind } from './renewal-state';

/**
 * Raises, in the caller's transaction, every alert of one contract that is due by `today`
 * and not raised yet. The unique (contract, key) constraint makes it safe to run as often
 * as anyone likes, on any replica: an alert already raised is skipped, and only alerts
 * actually inserted get an event and deliveries. Returns how many were raised.
 */
export async function raiseDueAlerts(
  manager: EntityManager,
  schedule: RenewalSchedule,
  today: CalendarDate,
  targets: DeliveryTargets,
): Promise<number> {
  if (schedule.status !== 'active') {
    return 0;
  }
  const decisions = await manager.find(RenewalDecision, {
    where: { contractId: schedule.contractId },
    order: { decidedAt: 'ASC' },
  });
  const byTerm = new Map<number, RenewalDecisionKind>(
    decisions.map((decision) => [decision.termNumber, decision.decision]),
  );
  const policy = await policyFor(manager, schedule.entityId, schedule.partnerCategory);
  const due = alertsDue(schedule, byTerm, policy, today, schedule.knownSince);
  if (due.length === 0) {
    return 0;
  }
  const contacts = (await manager.findOneBy(PartnerContact, { partnerId: schedule.partnerId })) ?? {
    ownerUsername: null,
    sponsorUsername: null,
  };
  const rows = due.map((planned) => ({
    id: randomUUID(),
    planned,
    late: isLate(planned, today),
    recipients: recipientsOf(planned.kind, contacts),
  }));
  const inserted = await manager.query<{ id: string }[]>(
    `INSERT INTO alert (id, contract_id, entity_id, key, kind, term_number, action_deadline,
       offset_days, due_on, raised_on, late, recipients, partner_id, partner_name, title)
     SELECT id, $2, $3, key, kind, term_number, action_deadline, offset_days, due_on, $4, late,
       string_to_array(recipients, ','), $5, $6, $7
     FROM unnest($1::uuid[], $8::text[], $9::text[], $10::int[], $11::date[], $12::int[],
       $13::date[], $14::boolean[], $15::text[])
       AS t (id, key, kind, term_number, action_deadline, offset_days, due_on, late, recipients)
     ON CONFLICT (contract_id, key) DO NOTHING
     RETURNING id`,
    [
      rows.map((row) => row.id),
      schedule.contractId,
      schedule.entityId,
      today,
      schedule.partnerId,
      schedule.partnerName,
      schedule.title,
      rows.map((row) => row.planned.key),
      rows.map((row) => row.planned.kind),
      rows.map((row) => row.planned.termNumber),
      rows.map((row) => row.planned.actionDeadline),
      rows.map((row) => row.planned.offsetDays),
      rows.map((row) => row.planned.dueOn),
      rows.map((row) => row.late),
      rows.map((row) => row.recipients.join(',')),
    ],
  );
  const raised = new Set(inserted.map((row) => row.id));
  await planDeliveries(
    manager,
    schedule.entityId,
    rows.filter((row) => raised.has(row.id)),
    targets,
  );
  await appendManyToOutbox(
    manager,
    alertRaised,
    rows
      .filter((row) => raised.has(row.id))
      .map((row) => ({
        payload: {
          alertId: row.id,
          contractId: schedule.contractId,
          partnerId: schedule.partnerId,
          partnerName: schedule.partnerName,
          partnerCategory: schedule.partnerCategory,
          entityId: schedule.entityId,
          kind: row.planned.kind,
          termNumber: row.planned.termNumber,
          actionDeadline: row.planned.actionDeadline,
          offsetDays: row.planned.offsetDays,
          dueOn: row.planned.dueOn,
          raisedOn: today,
          late: row.late,
          recipients: row.recipients,
        },
        meta: { entityId: schedule.entityId, subject: schedule.contractId },
      })),
  );

  return raised.size;
}
