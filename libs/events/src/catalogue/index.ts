import type { EventDefinition } from '../define-event';
import { contractCreated, partnerCreated } from './contracts.events';

export * from './contracts.events';
export * from './values';

/** Every published event, the source of the AsyncAPI document. */
export const eventCatalogue: readonly EventDefinition[] = [partnerCreated, contractCreated];
