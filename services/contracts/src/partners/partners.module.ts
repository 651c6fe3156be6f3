import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Partner } from './partner.entity';
import { PartnerStatusChange } from './partner-status-change.entity';
import { PartnersHandler } from './partners.handler';
import { PartnersService } from './partners.service';

@Module({
  imports: [TypeOrmModule.forFeature([Partner, PartnerStatusChange])],
  controllers: [PartnersHandler],
  providers: [PartnersService],
  exports: [PartnersService],
})
export class PartnersModule {}
