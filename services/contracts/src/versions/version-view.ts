import type { VersionView } from '@pn/contracts-api';

import type { ContractVersion } from './contract-version.entity';

export function toVersionView(version: ContractVersion): VersionView {
  return {
    contractId: version.contractId,
    version: version.version,
    kind: version.kind,
    effectiveFrom: version.effectiveFrom,
    terms: version.terms,
    changes: version.changes,
    reason: version.reason,
    author: version.authorUsername,
    approvers: version.approvers,
    approvedAt: version.approvedAt.toISOString(),
    changeRequestId: version.changeRequestId,
  };
}
