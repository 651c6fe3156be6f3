import { Opportunity } from './opportunities/opportunity.entity';
import { OpportunityDecision } from './opportunities/opportunity-decision.entity';
import { OpportunityModelRow } from './opportunities/opportunity-model.entity';
import { OpportunityReview } from './opportunities/opportunity-review.entity';
import { OpportunityTransition } from './opportunities/opportunity-transition.entity';

/** Every table the pipeline service maps; the schema drift test compares them with migrations. */
export const entities = [
  Opportunity,
  OpportunityDecision,
  OpportunityModelRow,
  OpportunityReview,
  OpportunityTransition,
];
