import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { todayIn } from '@pn/calendar';
import { contractTerminated, contractVersionApproved } from '@pn/events';
import { EventConsumers, onEvent } from '@pn/messaging';

import { raiseDueAlerts } from '../alerts/alert-raiser';
import { DELIVERY_TARGETS } from '../deliveries/delivery-targets';
import type { DeliveryTargets } from '../deliveries/plan-deliveries';
import { RenewalSchedule } from './renewal-schedule.entity';

/**
 * Keeps the renewal schedule in step with approved contract versions. Drafts are not in
 * force and are not tracked. Events may arrive more than once or out of order, so each
 * write applies only when it carries a newer version than the one already kept.
 */
@Injectable()
export class ContractEventsConsumer implements OnModuleInit {
  private readonly logger = new Logger(ContractEventsConsumer.name);

  constructor(
    private readonly consumers: EventConsumers,
    @Inject(DELIVERY_TARGETS) private readonly targets: DeliveryTargets,
  ) {}

  onModuleInit(): void {
    this.consumers.subscribe({
      durable: 'alerts-contract-events',
      source: 'contracts',
      handlers: [
        onEvent(contractVersionApproved, async (data, envelope, manager) => {
          const { terms } = data;
          await manager.query(
            `INSERT INTO renewal_schedule (contract_id, entity_id, entity_time_zone, partner_id,
               partner_name, partner_category, title, effective_date, initial_term_months, end_date,
               renewal_type, renewal_term_months, notice_days, version, status, source_event_id,
               known_since, payment_linked)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'active', $15,
               $16, $17)
             ON CONFLICT (contract_id) DO UPDATE SET
               partner_name = EXCLUDED.partner_name, partner_category = EXCLUDED.partner_category,
               title = EXCLUDED.title, effective_date = EXCLUDED.effective_date,
               initial_term_months = EXCLUDED.initial_term_months, end_date = EXCLUDED.end_date,
               renewal_type = EXCLUDED.renewal_type,
               renewal_term_months = EXCLUDED.renewal_term_months,
               notice_days = EXCLUDED.notice_days, version = EXCLUDED.version,
               source_event_id = EXCLUDED.source_event_id, updated_at = now(),
               known_since = EXCLUDED.known_since, payment_linked = EXCLUDED.payment_linked
             WHERE renewal_schedule.version < EXCLUDED.version`,
            [
              data.contractId,
              data.entityId,
              data.entityTimeZone,
              data.partnerId,
              data.partnerName,
              data.partnerCategory,
              terms.title,
              terms.effectiveDate,
              terms.initialTermMonths,
              terms.endDate,
              terms.renewalType,
              terms.renewalTermMonths,
              terms.noticeDays,
              data.version,
              envelope.id,
              todayIn(data.entityTimeZone),
              terms.fees.length + terms.paymentSchedule.length + terms.incentives.length > 0,
            ],
          );
          // Whatever is already due under the new terms is raised now, not at the next sweep.
          const schedule = await manager.findOneByOrFail(RenewalSchedule, {
            contractId: data.contractId,
          });
          await raiseDueAlerts(manager, schedule, todayIn(data.entityTimeZone), this.targets);
          this.logger.log(
            `renewal schedule of contract ${data.contractId} follows version ${data.version}`,
          );
        }),
        onEvent(contractTerminated, async (data, envelope, manager) => {
          await manager.query(
            `UPDATE renewal_schedule SET status = 'terminated', terminated_on = $2, version = $3,
               source_event_id = $4, updated_at = now()
             WHERE contract_id = $1 AND version < $3`,
            [data.contractId, data.terminatedOn, data.version, envelope.id],
          );
          this.logger.log(
            `contract ${data.contractId} terminated on ${data.terminatedOn}: removed from the renewal calendar`,
          );
        }),
      ],
    });
  }
}
