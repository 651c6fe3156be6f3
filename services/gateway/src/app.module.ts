import { type DynamicModule, Module } from '@nestjs/common';

import { MessagingModule } from '@pn/messaging';
import { HealthModule, LoggingModule } from '@pn/platform';

import { AlertPoliciesController } from './alerts/alert-policies.controller';
import { AlertsController } from './alerts/alerts.controller';
import { DeliveriesController } from './alerts/deliveries.controller';
import { AuditController } from './audit/audit.controller';
import { GovernanceController } from './audit/governance.controller';
import { AuthModule } from './auth/auth.module';
import type { GatewayConfig } from './config';
import { ChangeRequestsController } from './contracts/change-requests.controller';
import { ContractsController } from './contracts/contracts.controller';
import { DocumentsController } from './documents/documents.controller';
import { ApprovalPolicyController } from './entities/approval-policy.controller';
import { EntitiesController } from './entities/entities.controller';
import { ImportsController } from './imports/imports.controller';
import { MeController } from './me/me.controller';
import { ObligationsController } from './obligations/obligations.controller';
import { PartnersController } from './partners/partners.controller';
import { OpportunitiesController } from './pipeline/opportunities.controller';
import { PipelineReportsController } from './pipeline/pipeline-reports.controller';
import { RenegotiationPackComposer } from './renegotiation/renegotiation-pack';
import { RenegotiationPackController } from './renegotiation/renegotiation-pack.controller';
import { CalendarController } from './renewals/calendar.controller';
import { RenewalsController } from './renewals/renewals.controller';
import { PartnerScoresController } from './scoring/partner-scores.controller';
import { PortfolioRiskController } from './scoring/portfolio-risk.controller';
import { ReviewsAndRisksController } from './scoring/reviews-and-risks.controller';
import { ScoringImportsController } from './scoring/scoring-imports.controller';
import { ScoringModelsController } from './scoring/scoring-models.controller';
import { ScoringTasksController } from './scoring/scoring-tasks.controller';
import { GATEWAY_CONFIG, WebConfigController } from './web-config/web-config.controller';

@Module({})
export class AppModule {
  static forConfig(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AuthModule.forConfig(config),
        HealthModule.forService({ database: false }),
        LoggingModule.forService('gateway', config.LOG_LEVEL),
        MessagingModule.forGateway({
          service: 'gateway',
          natsUrl: config.NATS_URL,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
          rpcTimeoutMs: config.RPC_TIMEOUT_MS,
        }),
      ],
      controllers: [
        AlertPoliciesController,
        AlertsController,
        ApprovalPolicyController,
        AuditController,
        CalendarController,
        ChangeRequestsController,
        ContractsController,
        DeliveriesController,
        DocumentsController,
        EntitiesController,
        GovernanceController,
        ImportsController,
        MeController,
        ObligationsController,
        OpportunitiesController,
        PartnerScoresController,
        PartnersController,
        PipelineReportsController,
        PortfolioRiskController,
        RenegotiationPackController,
        RenewalsController,
        ReviewsAndRisksController,
        ScoringImportsController,
        ScoringModelsController,
        ScoringTasksController,
        WebConfigController,
      ],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }, RenegotiationPackComposer],
    };
  }
}
