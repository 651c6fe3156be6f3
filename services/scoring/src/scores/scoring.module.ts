import { Module } from '@nestjs/common';

import { AnalyticsHandler } from '../analytics/analytics.handler';
import { ConcentrationService } from '../analytics/concentration.service';
import { CoverageService } from '../analytics/coverage.service';
import { PortfolioService } from '../analytics/portfolio.service';
import { ScoringImportsHandler } from '../imports/scoring-imports.handler';
import { ScoringImportsService } from '../imports/scoring-imports.service';
import { InboundInputsConsumer } from '../inputs/inbound-inputs.consumer';
import { InputsService } from '../inputs/inputs.service';
import { ModelsHandler } from '../models/models.handler';
import { ModelsService } from '../models/models.service';
import { RenegotiationHandler } from '../renegotiation/renegotiation.handler';
import { RenegotiationService } from '../renegotiation/renegotiation.service';
import { QuarterlyRunner } from '../reviews/quarterly-run';
import { QuarterlyScheduler } from '../reviews/quarterly-scheduler';
import { ReviewsHandler } from '../reviews/reviews.handler';
import { ReviewsService } from '../reviews/reviews.service';
import { RenewalEventsConsumer } from '../risks/renewal-events.consumer';
import { RisksHandler } from '../risks/risks.handler';
import { RisksService } from '../risks/risks.service';
import { ScoresService } from './scores.service';
import { ScoringHandler } from './scoring.handler';

/** Inputs, scores, models, reviews, risks and portfolio analytics. */
@Module({
  controllers: [
    AnalyticsHandler,
    ModelsHandler,
    RenegotiationHandler,
    ReviewsHandler,
    RisksHandler,
    ScoringHandler,
    ScoringImportsHandler,
  ],
  providers: [
    ConcentrationService,
    CoverageService,
    InboundInputsConsumer,
    InputsService,
    ModelsService,
    PortfolioService,
    QuarterlyRunner,
    QuarterlyScheduler,
    RenegotiationService,
    RenewalEventsConsumer,
    ReviewsService,
    RisksService,
    ScoresService,
    ScoringImportsService,
  ],
})
export class ScoringModule {}
