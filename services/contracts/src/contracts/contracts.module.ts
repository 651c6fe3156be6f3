import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ApprovalPoliciesService } from '../change-requests/approval-policies.service';
import { ChangeRequestsHandler } from '../change-requests/change-requests.handler';
import { ChangeRequestsService } from '../change-requests/change-requests.service';
import { ContractVersion } from '../versions/contract-version.entity';
import { VersionsHandler } from '../versions/versions.handler';
import { VersionsService } from '../versions/versions.service';
import { Contract } from './contract.entity';
import { ContractsHandler } from './contracts.handler';
import { ContractsService } from './contracts.service';

/** Contracts, their change requests and their approved versions. */
@Module({
  imports: [TypeOrmModule.forFeature([Contract, ContractVersion])],
  controllers: [ContractsHandler, ChangeRequestsHandler, VersionsHandler],
  providers: [ContractsService, ChangeRequestsService, ApprovalPoliciesService, VersionsService],
  exports: [ContractsService],
})
export class ContractsModule {}
