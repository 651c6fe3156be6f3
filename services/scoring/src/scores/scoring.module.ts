import { Module } from '@nestjs/common';

import { InputsService } from '../inputs/inputs.service';
import { ScoresService } from './scores.service';
import { ScoringHandler } from './scoring.handler';

@Module({
  controllers: [ScoringHandler],
  providers: [InputsService, ScoresService],
})
export class ScoringModule {}
