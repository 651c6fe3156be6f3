import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { RenewalDecision } from '../alerts/renewal-decision.entity';
import { ContractEventsConsumer } from './contract-events.consumer';
import { RenewalSchedule } from './renewal-schedule.entity';
import { RenewalsHandler } from './renewals.handler';
import { RenewalsService } from './renewals.service';

@Module({
  imports: [TypeOrmModule.forFeature([RenewalDecision, RenewalSchedule])],
  controllers: [RenewalsHandler],
  providers: [ContractEventsConsumer, RenewalsService],
  exports: [RenewalsService],
})
export class RenewalsModule {}
