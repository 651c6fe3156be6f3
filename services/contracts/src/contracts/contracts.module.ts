import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Contract } from './contract.entity';
import { ContractsHandler } from './contracts.handler';
import { ContractsService } from './contracts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Contract])],
  controllers: [ContractsHandler],
  providers: [ContractsService],
})
export class ContractsModule {}
