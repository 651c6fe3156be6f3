import type { Alert } from './alert.entity';

/** What an alert says, as the inbox shows it and as webhooks receive it. */
export function alertFacts(alert: Alert) {
  return {
    id: alert.id,
    contractId: alert.contractId,
    entityId: alert.entityId,
    partnerId: alert.partnerId,
    partnerName: alert.partnerName,
    title: alert.title,
    kind: alert.kind,
    termNumber: alert.termNumber,
    actionDeadline: alert.actionDeadline,
    offsetDays: alert.offsetDays,
    dueOn: alert.dueOn,
    raisedOn: alert.raisedOn,
    late: alert.late,
  };
}
