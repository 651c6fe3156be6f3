import { CreatePartnerProjection1764770300000 } from './1764770300000-create-partner-projection';
import { ScoringInputsAndScores1764771100000 } from './1764771100000-scoring-inputs-and-scores';
import { ReviewsRisksAndPlans1764771200000 } from './1764771200000-reviews-risks-and-plans';
import { TaskCompletion1764771300000 } from './1764771300000-task-completion';
import { TopRiskIndexes1764771600000 } from './1764771600000-top-risk-indexes';

export const migrations = [
  CreatePartnerProjection1764770300000,
  ScoringInputsAndScores1764771100000,
  ReviewsRisksAndPlans1764771200000,
  TaskCompletion1764771300000,
  TopRiskIndexes1764771600000,
];
