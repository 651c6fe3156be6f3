import { z } from 'zod';

import { calendarDate, shortText } from './values';

export const interactionKind = z.enum(['meeting', 'call', 'email', 'review']);

export const logInteractionSchema = z.strictObject({
  kind: interactionKind,
  occurredOn: calendarDate,
  participants: z
    .array(shortText)
    .min(1)
    .max(50)
    .describe('Usernames of our people and names of the partner’s'),
  summary: z.string().trim().min(1).max(10_000),
});
export type LogInteraction = z.infer<typeof logInteractionSchema>;

export const interactionSchema = z.strictObject({
  id: z.uuid(),
  partnerId: z.uuid(),
  entityId: z.string(),
  kind: interactionKind,
  occurredOn: z.string(),
  participants: z.array(z.string()),
  summary: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
