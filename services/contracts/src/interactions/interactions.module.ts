import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PartnersModule } from '../partners/partners.module';
import { Interaction } from './interaction.entity';
import { InteractionsHandler } from './interactions.handler';
import { InteractionsService } from './interactions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Interaction]), PartnersModule],
  controllers: [InteractionsHandler],
  providers: [InteractionsService],
})
export class InteractionsModule {}
