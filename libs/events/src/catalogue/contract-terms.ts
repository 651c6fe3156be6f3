import { z } from 'zod';

import { calendarDate, money, renewalType, shortText } from './values';

/** A measurable condition: "on-time delivery >= 95 % per quarter". */
export const thresholdRule = z.strictObject({
  metric: z.string().trim().min(1).max(100),
  comparator: z.enum(['gte', 'gt', 'lte', 'lt', 'eq']),
  value: z.number().finite(),
  unit: z.string().trim().max(30).nullable().default(null),
  period: z.enum(['month', 'quarter', 'year', 'term']),
});
export type ThresholdRule = z.infer<typeof thresholdRule>;

export const fee = z.strictObject({
  label: shortText,
  amount: money,
  frequency: z.enum(['one_time', 'monthly', 'quarterly', 'annually', 'per_unit']),
});

/** An incentive is earned when every one of its eligibility rules holds. */
export const incentive = z.strictObject({
  label: shortText,
  amount: money,
  eligibility: z.array(thresholdRule).min(1).max(20),
});

export const penalty = z.strictObject({
  label: shortText,
  amount: money,
  trigger: thresholdRule.nullable().default(null),
});

export const paymentInstallment = z.strictObject({
  label: shortText,
  amount: money,
  dueDate: calendarDate,
});

export const clause = z.strictObject({
  title: shortText,
  text: z.string().trim().min(1).max(20_000),
  threshold: thresholdRule.nullable().default(null),
});

export const contractType = z.enum([
  'carrier_agreement',
  'master_services',
  'supply',
  'partnership',
  'reseller',
  'distribution',
  'other',
]);

const list = <T extends z.ZodType>(item: T, max = 100) => z.array(item).max(max);

/**
 * Every governed term of a contract, each a structured field. A version stores all of
 * them; an amendment changes some of them.
 */
export const termFields = {
  title: shortText,
  contractType,
  counterpartyLegalName: shortText,
  effectiveDate: calendarDate,
  initialTermMonths: z.number().int().min(1).max(600).nullable(),
  endDate: calendarDate.nullable(),
  renewalType,
  renewalTermMonths: z.number().int().min(1).max(600).nullable(),
  noticeDays: z.number().int().min(0).max(3650).describe('Non-renewal notice, calendar days'),
  terminationNoticeDays: z
    .number()
    .int()
    .min(0)
    .max(3650)
    .nullable()
    .describe('Notice for termination for convenience; null when the contract allows none'),
  complianceClauses: list(clause),
  fees: list(fee),
  penalties: list(penalty),
  paymentSchedule: list(paymentInstallment, 500),
  incentives: list(incentive),
  thresholds: list(thresholdRule),
  performanceClauses: list(clause),
  serviceScope: z.string().trim().max(20_000).nullable(),
};

export type TermField = keyof typeof termFields;
export const TERM_FIELDS = Object.keys(termFields) as TermField[];

export const contractTermsSchema = z.strictObject(termFields);
export type ContractTerms = z.infer<typeof contractTermsSchema>;
