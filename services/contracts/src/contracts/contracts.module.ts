import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ApprovalPoliciesService } from '../change-requests/approval-policies.service';
import { ChangeRequestsHandler } from '../change-requests/change-requests.handler';
import { ChangeRequestsService } from '../change-requests/change-requests.service';
import { DocumentsHandler } from '../documents/documents.handler';
import { DocumentsService } from '../documents/documents.service';
import { ObligationsHandler } from '../obligations/obligations.handler';
import { ObligationsService } from '../obligations/obligations.service';
import { ContractVersion } from '../versions/contract-version.entity';
import { VersionsHandler } from '../versions/versions.handler';
import { VersionsService } from '../versions/versions.service';
import { Contract } from './contract.entity';
import { ContractsHandler } from './contracts.handler';
import { ContractsService } from './contracts.service';

/** Contracts, their change requests, approved versions, obligations and documents. */
@Module({
  imports: [TypeOrmModule.forFeature([Contract, ContractVersion])],
  controllers: [
    ChangeRequestsHandler,
    ContractsHandler,
    DocumentsHandler,
    ObligationsHandler,
    VersionsHandler,
  ],
  providers: [
    ApprovalPoliciesService,
    ChangeRequestsService,
    ContractsService,
    DocumentsService,
    ObligationsService,
    VersionsService,
  ],
  exports: [ContractsService],
})
export class ContractsModule {}
