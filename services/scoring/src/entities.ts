import { Assessment } from './inputs/assessment.entity';
import { FinancialInput } from './inputs/financial-input.entity';
import { KpiInput } from './inputs/kpi-input.entity';
import { ScoredPartner } from './partners/scored-partner.entity';
import { PartnerScoreRow } from './scores/partner-score.entity';
import { ScoringModelRow } from './scores/scoring-model.entity';
import { ScoringTask } from './scores/scoring-task.entity';

/** Every table the scoring service maps; the schema drift test compares them with migrations. */
export const entities = [
  Assessment,
  FinancialInput,
  KpiInput,
  PartnerScoreRow,
  ScoredPartner,
  ScoringModelRow,
  ScoringTask,
];
