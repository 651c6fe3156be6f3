import { Assessment } from './inputs/assessment.entity';
import { FinancialInput } from './inputs/financial-input.entity';
import { KpiInput } from './inputs/kpi-input.entity';
import { ScoredPartner } from './partners/scored-partner.entity';
import { QuarterlyRun } from './reviews/quarterly-run.entity';
import { RelationshipReview } from './reviews/relationship-review.entity';
import { ContractRenewalRisk } from './risks/contract-renewal-risk.entity';
import { DiversificationPlan } from './risks/diversification-plan.entity';
import { RiskMitigation } from './risks/risk-mitigation.entity';
import { PartnerScoreRow } from './scores/partner-score.entity';
import { ScoringModelRow } from './scores/scoring-model.entity';
import { ScoringTask } from './scores/scoring-task.entity';

/** Every table the scoring service maps; the schema drift test compares them with migrations. */
export const entities = [
  Assessment,
  ContractRenewalRisk,
  DiversificationPlan,
  FinancialInput,
  KpiInput,
  PartnerScoreRow,
  QuarterlyRun,
  RelationshipReview,
  RiskMitigation,
  ScoredPartner,
  ScoringModelRow,
  ScoringTask,
];
