import type { OwningService } from '@pn/events';

export interface MessagingOptions {
  /** The service this process is; its events go to its own stream. */
  service: OwningService | 'gateway';
  natsUrl: string;
  /** First token of every subject and stream name (see NATS_SUBJECT_PREFIX). */
  subjectPrefix: string;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
