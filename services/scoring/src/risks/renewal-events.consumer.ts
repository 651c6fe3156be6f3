import { Injectable, type OnModuleInit } from '@nestjs/common';

import { alertRaised, renewalDecisionRecorded } from '@pn/events';
import { EventConsumers, onEvent } from '@pn/messaging';

/** How grave each alert kind is, for a contract whose term and deadline did not change. */
const SEVERITY = ['advance', 'deadline', 'escalation', 'overdue', 'silent_rollover'];

/**
 * Follows the renewal alerts the alerts service raises, so contract lapse is judged on the
 * same key dates the renewal calendar shows rather than on a second computation of them.
 */
@Injectable()
export class RenewalEventsConsumer implements OnModuleInit {
  constructor(private readonly consumers: EventConsumers) {}

  onModuleInit(): void {
    this.consumers.subscribe({
      durable: 'scoring-renewal-events',
      source: 'alerts',
      handlers: [
        onEvent(alertRaised, async (data, _envelope, manager) => {
          // A later term or deadline replaces what is stored; the same one keeps its gravest
          // alert, whatever order a catch-up raised them in.
          await manager.query(
            `INSERT INTO contract_renewal_risk AS risk
               (contract_id, partner_id, entity_id, term_number, action_deadline,
                last_alert_kind, raised_on, decided)
             VALUES ($1, $2, $3, $4, $5, $6, $7, false)
             ON CONFLICT (contract_id) DO UPDATE SET
               term_number = EXCLUDED.term_number,
               action_deadline = EXCLUDED.action_deadline,
               raised_on = EXCLUDED.raised_on,
               decided = CASE WHEN (risk.term_number, risk.action_deadline)
                                  = (EXCLUDED.term_number, EXCLUDED.action_deadline)
                              THEN risk.decided ELSE false END,
               last_alert_kind = CASE
                 WHEN (risk.term_number, risk.action_deadline)
                      <> (EXCLUDED.term_number, EXCLUDED.action_deadline)
                   THEN EXCLUDED.last_alert_kind
                 WHEN array_position($8::text[], EXCLUDED.last_alert_kind)
                      > array_position($8::text[], risk.last_alert_kind)
                   THEN EXCLUDED.last_alert_kind
                 ELSE risk.last_alert_kind END
             WHERE (EXCLUDED.term_number, EXCLUDED.action_deadline)
                   >= (risk.term_number, risk.action_deadline)`,
            [
              data.contractId,
              data.partnerId,
              data.entityId,
              data.termNumber,
              data.actionDeadline,
              data.kind,
              data.raisedOn,
              SEVERITY,
            ],
          );
        }),
        onEvent(renewalDecisionRecorded, async (data, _envelope, manager) => {
          // After a silent rollover the decision is about the next term: it settles both.
          await manager.query(
            `UPDATE contract_renewal_risk SET decided = true
             WHERE contract_id = $1 AND term_number <= $2`,
            [data.contractId, data.termNumber],
          );
        }),
      ],
    });
  }
}
