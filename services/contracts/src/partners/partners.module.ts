import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { GoDecisionsConsumer } from './go-decisions.consumer';
import { Partner } from './partner.entity';
import { PartnerStatusChange } from './partner-status-change.entity';
import { PartnersHandler } from './partners.handler';
import { PartnersService } from './partners.service';

@Module({
  imports: [TypeOrmModule.forFeature([Partner, PartnerStatusChange])],
  controllers: [PartnersHandler],
  providers: [GoDecisionsConsumer, PartnersService],
  exports: [PartnersService],
})
export class PartnersModule {}
