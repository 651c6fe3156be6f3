import type { ContractView } from '@pn/contracts-api';

import type { Partner } from '../partners/partner.entity';
import type { Contract } from './contract.entity';

export function toContractView(
  contract: Contract,
  partner: Pick<Partner, 'legalName' | 'category'>,
  pendingChangeRequestId: string | null,
): ContractView {
  return {
    id: contract.id,
    entityId: contract.entityId,
    partnerId: contract.partnerId,
    partnerName: partner.legalName,
    partnerCategory: partner.category,
    status: contract.status,
    externalRef: contract.externalRef,
    currentVersion: contract.currentVersion,
    terms: contract.terms,
    pendingChangeRequestId,
    terminatedOn: contract.terminatedOn,
    createdBy: contract.createdBy,
    createdAt: contract.createdAt.toISOString(),
    updatedAt: contract.updatedAt.toISOString(),
  };
}
