import { Module } from '@nestjs/common';

import { PipelineReportsHandler } from '../reports/pipeline-reports.handler';
import { PipelineReportsService } from '../reports/pipeline-reports.service';
import { OpportunitiesHandler } from './opportunities.handler';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityModelsService } from './opportunity-models.service';
import { PartnerLinksConsumer } from './partner-links.consumer';
import { ReviewsService } from './reviews.service';

/** Opportunities, their qualification and score, staged reviews, the go/no-go and reports. */
@Module({
  controllers: [OpportunitiesHandler, PipelineReportsHandler],
  providers: [
    OpportunitiesService,
    OpportunityModelsService,
    PartnerLinksConsumer,
    PipelineReportsService,
    ReviewsService,
  ],
})
export class OpportunitiesModule {}
