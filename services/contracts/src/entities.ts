/** Every table the contracts service maps, for the data source and the schema check. */
import { AuditRecord } from './audit/audit-record.entity';
import { ApprovalPolicy } from './change-requests/approval-policy.entity';
import { ChangeApproval } from './change-requests/change-approval.entity';
import { ChangeRequest } from './change-requests/change-request.entity';
import { Contract } from './contracts/contract.entity';
import { ContractDocument } from './documents/contract-document.entity';
import { ImportBatch } from './imports/import-batch.entity';
import { Interaction } from './interactions/interaction.entity';
import { LegalEntity } from './legal-entities/legal-entity.entity';
import { Obligation } from './obligations/obligation.entity';
import { Partner } from './partners/partner.entity';
import { PartnerStatusChange } from './partners/partner-status-change.entity';
import { ContractVersion } from './versions/contract-version.entity';

export const entities = [
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
];
