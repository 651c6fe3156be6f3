import { z } from 'zod';

import { defineEvent } from '../define-event';
import { partnerCategory } from './values';

const scoreStatus = z.enum(['green', 'yellow', 'red']);

export const scoreComputed = defineEvent({
  service: 'scoring',
  aggregate: 'score',
  name: 'computed',
  version: 1,
  summary:
    "A partner's relationship health was scored: on a new input, on the quarterly run or under a new model version.",
  schema: z.strictObject({
    scoreId: z.uuid(),
    partnerId: z.uuid(),
    entityId: z.string(),
    partnerCategory,
    score: z.number().min(0).max(100).nullable().describe('Null until any input exists'),
    status: scoreStatus.nullable(),
    modelVersion: z.number().int().positive(),
    trigger: z.enum(['financials', 'kpis', 'assessment', 'quarterly', 'model']),
  }),
});

export const scoreStatusChanged = defineEvent({
  service: 'scoring',
  aggregate: 'score',
  name: 'status_changed',
  version: 1,
  summary:
    'A partner moved between green (strengthen), yellow (monitor) and red (mitigate or exit), with the action it opened.',
  schema: z.strictObject({
    scoreId: z.uuid(),
    partnerId: z.uuid(),
    entityId: z.string(),
    previousStatus: scoreStatus.nullable(),
    status: scoreStatus,
    score: z.number().min(0).max(100),
    modelVersion: z.number().int().positive(),
    action: z
      .enum(['executive_review', 'monitoring'])
      .nullable()
      .describe(
        'red opens an executive review (renegotiation planning required); yellow a monitoring task',
      ),
  }),
});
