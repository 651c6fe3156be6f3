import type { EventDefinition } from '../define-event';
import { alertRaised, renewalDecisionRecorded } from './alerts.events';
import {
  contractCreated,
  contractTerminated,
  contractVersionApproved,
  obligationStatusChanged,
} from './contracts.events';
import { financialsReported, kpisReported } from './inbound.events';
import {
  partnerCreated,
  partnerInteractionLogged,
  partnerStatusChanged,
  partnerUpdated,
} from './partner.events';
import { opportunityDecided } from './pipeline.events';
import { scoreComputed, scoreStatusChanged } from './scoring.events';

export * from './alerts.events';
export * from './contract-terms';
export * from './contracts.events';
export * from './inbound.events';
export * from './partner.events';
export * from './pipeline.events';
export * from './scoring.events';
export * from './values';

/** Every published event, the source of the AsyncAPI document. */
export const eventCatalogue: readonly EventDefinition[] = [
  partnerCreated,
  partnerUpdated,
  partnerStatusChanged,
  partnerInteractionLogged,
  contractCreated,
  contractVersionApproved,
  contractTerminated,
  obligationStatusChanged,
  alertRaised,
  renewalDecisionRecorded,
  scoreComputed,
  scoreStatusChanged,
  financialsReported,
  kpisReported,
  opportunityDecided,
];
