import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PartnerEventsConsumer } from './partner-events.consumer';
import { ScoredPartner } from './scored-partner.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ScoredPartner])],
  providers: [PartnerEventsConsumer],
})
export class PartnersModule {}
