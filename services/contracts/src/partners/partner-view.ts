import type { PartnerView } from '@pn/contracts-api';
import type { PartnerSnapshot } from '@pn/events';

import type { Partner } from './partner.entity';

export function toPartnerView(
  partner: Partner,
  sponsorLastInteractionOn: string | null,
): PartnerView {
  return {
    id: partner.id,
    entityId: partner.entityId,
    legalName: partner.legalName,
    category: partner.category,
    status: partner.status,
    capabilities: partner.capabilities,
    ownerUsername: partner.ownerUsername,
    sponsorUsername: partner.sponsorUsername,
    strategic: partner.strategic as PartnerView['strategic'],
    crmId: partner.crmId,
    erpId: partner.erpId,
    originOpportunityId: partner.originOpportunityId,
    sponsorLastInteractionOn,
    createdBy: partner.createdBy,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
  };
}

/** The partner as events carry it. */
export function toPartnerSnapshot(partner: Partner): PartnerSnapshot {
  return {
    partnerId: partner.id,
    entityId: partner.entityId,
    legalName: partner.legalName,
    category: partner.category,
    status: partner.status,
    capabilities: partner.capabilities,
    ownerUsername: partner.ownerUsername,
    sponsorUsername: partner.sponsorUsername,
    strategic: partner.strategic !== null,
    crmId: partner.crmId,
    erpId: partner.erpId,
    originOpportunityId: partner.originOpportunityId,
  };
}

/** What the audit log records of a partner: the snapshot, with the designation's reasoning. */
export function toPartnerAuditImage(partner: Partner): Record<string, unknown> {
  return { ...toPartnerSnapshot(partner), strategic: partner.strategic };
}
