import { z } from 'zod';

export const riskKind = z.enum([
  'contract_lapse',
  'overdependence',
  'vendor_failure',
  'strategic_misalignment',
  'relationship_decay',
]);

export const recordMitigationSchema = z.strictObject({
  risk: riskKind,
  status: z.enum(['planned', 'in_progress', 'mitigated', 'accepted']),
  note: z.string().trim().min(3, 'must say what is being done').max(5000),
});
export type RecordMitigation = z.infer<typeof recordMitigationSchema>;

export const riskRegisterSchema = z.strictObject({
  partnerId: z.uuid(),
  entityId: z.string(),
  asOf: z.string(),
  risks: z.array(
    z.strictObject({
      risk: riskKind,
      level: z.enum(['high', 'medium', 'low', 'unknown']),
      evidence: z.array(z.string()),
      mitigation: z
        .strictObject({
          status: recordMitigationSchema.shape.status,
          note: z.string(),
          recordedBy: z.string(),
          recordedAt: z.string(),
        })
        .nullable(),
    }),
  ),
});
