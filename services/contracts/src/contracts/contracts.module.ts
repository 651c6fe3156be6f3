import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ApprovalPoliciesService } from '../change-requests/approval-policies.service';
import { ChangeRequestsHandler } from '../change-requests/change-requests.handler';
import { ChangeRequestsService } from '../change-requests/change-requests.service';
import { ObligationsHandler } from '../obligations/obligations.handler';
import { ObligationsService } from '../obligations/obligations.service';
import { ContractVersion } from '../versions/contract-version.entity';
import { VersionsHandler } from '../versions/versions.handler';
import { VersionsService } from '../versions/versions.service';
import { Contract } from './contract.entity';
import { ContractsHandler } from './contracts.handler';
import { ContractsService } from './contracts.service';

/** Contracts, their change requests, approved versions and obligations. */
@Module({
  imports: [TypeOrmModule.forFeature([Contract, ContractVersion])],
  controllers: [ContractsHandler, ChangeRequestsHandler, ObligationsHandler, VersionsHandler],
  providers: [
    ApprovalPoliciesService,
    ChangeRequestsService,
    ContractsService,
    ObligationsService,
    VersionsService,
  ],
  exports: [ContractsService],
})
export class ContractsModule {}
