import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import { DomainServiceModule } from '@pn/platform';

import { AuditModule } from './audit/audit.module';
import { AuditRecord } from './audit/audit-record.entity';
import { ApprovalPolicy } from './change-requests/approval-policy.entity';
import { ChangeApproval } from './change-requests/change-approval.entity';
import { ChangeRequest } from './change-requests/change-request.entity';
import { Contract } from './contracts/contract.entity';
import { ContractsModule } from './contracts/contracts.module';
import { ContractDocument } from './documents/contract-document.entity';
import { GovernanceModule } from './governance/governance.module';
import { ImportBatch } from './imports/import-batch.entity';
import { ImportsModule } from './imports/imports.module';
import { Interaction } from './interactions/interaction.entity';
import { InteractionsModule } from './interactions/interactions.module';
import { LegalEntitiesModule } from './legal-entities/legal-entities.module';
import { LegalEntity } from './legal-entities/legal-entity.entity';
import { migrations } from './migrations';
import { Obligation } from './obligations/obligation.entity';
import { Partner } from './partners/partner.entity';
import { PartnerStatusChange } from './partners/partner-status-change.entity';
import { PartnersModule } from './partners/partners.module';
import { ContractVersion } from './versions/contract-version.entity';

@Module({})
export class AppModule {
  static forConfig(config: DomainServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AuditModule,
        ContractsModule,
        DomainServiceModule.forRoot({
          service: 'contracts',
          config,
          entities: [
            ApprovalPolicy,
            AuditRecord,
            ChangeApproval,
            ChangeRequest,
            Contract,
            ContractDocument,
            ContractVersion,
            ImportBatch,
            Interaction,
            LegalEntity,
            Obligation,
            Partner,
            PartnerStatusChange,
          ],
          migrations,
        }),
        GovernanceModule,
        ImportsModule,
        InteractionsModule,
        LegalEntitiesModule,
        PartnersModule,
      ],
    };
  }
}
