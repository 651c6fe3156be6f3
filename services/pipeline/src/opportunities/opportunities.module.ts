import { Module } from '@nestjs/common';

import { OpportunitiesHandler } from './opportunities.handler';
import { OpportunitiesService } from './opportunities.service';
import { ReviewsService } from './reviews.service';

/** Opportunities, their qualification and score, staged reviews and the go/no-go. */
@Module({
  controllers: [OpportunitiesHandler],
  providers: [OpportunitiesService, ReviewsService],
})
export class OpportunitiesModule {}
