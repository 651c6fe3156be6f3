import { type CalendarDate, termEnd } from '@pn/calendar';
import type { ContractTerms, Money, ThresholdRule } from '@pn/contracts-api';

export type ObligationSource = 'payment' | 'threshold' | 'performance_clause' | 'compliance_clause';
export type OwnerFunction = 'finance' | 'operations' | 'legal';

export interface DerivedObligation {
  /** Identifies the obligation across versions: same content, same key. */
  sourceKey: string;
  source: ObligationSource;
  description: string;
  dueDate: CalendarDate;
  ownerFunction: OwnerFunction;
  amount: Money | null;
}

const PERIOD_MONTHS: Record<Exclude<ThresholdRule['period'], 'term'>, number> = {
  month: 1,
  quarter: 3,
  year: 12,
};

const COMPARATORS: Record<ThresholdRule['comparator'], string> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  eq: '=',
};

/**
 * What a contract commits someone to doing, and by when, within its initial term: each
 * payment on its due date (finance); each threshold measured at the end of every period it
 * is stated for (finance for volume thresholds, operations for performance clauses, legal for
 * compliance clauses); a clause without a threshold is reviewed for adherence at term end.
 */
export function deriveObligations(terms: ContractTerms): DerivedObligation[] {
  const end = initialTermEnd(terms);
  const obligations: DerivedObligation[] = terms.paymentSchedule.map((payment) => ({
    sourceKey: `payment:${payment.label}:${payment.dueDate}:${payment.amount.amountMinor}${payment.amount.currency}`,
    source: 'payment',
    description: `Pay "${payment.label}"`,
    dueDate: payment.dueDate,
    ownerFunction: 'finance',
    amount: payment.amount,
  }));
  for (const rule of terms.thresholds) {
    obligations.push(...measurements(terms, end, rule, 'threshold', 'finance', ruleText(rule)));
  }
  const clauses = [
    ...terms.performanceClauses.map((clause) => ({
      clause,
      source: 'performance_clause' as const,
      owner: 'operations' as const,
    })),
    ...terms.complianceClauses.map((clause) => ({
      clause,
      source: 'compliance_clause' as const,
      owner: 'legal' as const,
    })),
  ];
  for (const { clause, source, owner } of clauses) {
    if (clause.threshold) {
      obligations.push(
        ...measurements(
          terms,
          end,
          clause.threshold,
          source,
          owner,
          `"${clause.title}": ${ruleText(clause.threshold)}`,
        ),
      );
    } else {
      obligations.push({
        sourceKey: `${source}:${clause.title}:review:${end}`,
        source,
        description: `Review adherence to "${clause.title}"`,
        dueDate: end,
        ownerFunction: owner,
        amount: null,
      });
    }
  }

  return obligations.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.sourceKey.localeCompare(b.sourceKey),
  );
}

export function initialTermEnd(terms: ContractTerms): CalendarDate {
  if (terms.endDate) {
    return terms.endDate;
  }
  if (terms.initialTermMonths === null) {
    throw new Error('contract terms give neither a term length in months nor an end date');
  }

  return termEnd(terms.effectiveDate, terms.initialTermMonths);
}

/** One obligation per period end that falls within the initial term. */
function measurements(
  terms: ContractTerms,
  end: CalendarDate,
  rule: ThresholdRule,
  source: ObligationSource,
  owner: OwnerFunction,
  text: string,
): DerivedObligation[] {
  const key = `${source}:${rule.metric}:${rule.comparator}:${rule.value}:${rule.period}`;
  const dueDates: CalendarDate[] = [];
  if (rule.period === 'term') {
    dueDates.push(end);
  } else {
    for (let k = 1; ; k += 1) {
      const periodEnd = termEnd(terms.effectiveDate, k * PERIOD_MONTHS[rule.period]);
      if (periodEnd > end) {
        break;
      }
      dueDates.push(periodEnd);
    }
  }

  return dueDates.map((dueDate) => ({
    sourceKey: `${key}:${dueDate}`,
    source,
    description: `Measure ${text} for the ${rule.period} ending ${dueDate}`,
    dueDate,
    ownerFunction: owner,
    amount: null,
  }));
}

function ruleText(rule: ThresholdRule): string {
  return `${rule.metric} ${COMPARATORS[rule.comparator]} ${rule.value}${rule.unit ? ` ${rule.unit}` : ''}`;
}
