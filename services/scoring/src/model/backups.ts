/*
 * Which capabilities the entity can get from more than one partner, and who could stand in
 * for a partner that fails or leaves. Only active partners provide a capability: a partner
 * being onboarded or offboarded cannot be relied on as a backup. Capability names are
 * compared exactly as stored; the caller owns their spelling.
 */
import { compareText } from './compare';

export interface CapablePartner {
  partnerId: string;
  legalName: string;
  status: string;
  capabilities: readonly string[];
  score: number | null;
}

export interface Provider {
  partnerId: string;
  legalName: string;
  score: number | null;
}

export interface CapabilityCoverage {
  capability: string;
  /** Active providers, best score first. */
  providers: Provider[];
  singlePointOfFailure: boolean;
}

export interface CapabilityBackups {
  capability: string;
  /** Other active providers, best score first. */
  backups: Provider[];
}

const ACTIVE = 'active';

/**
 * Every capability any partner lists, by name, with its active providers. A capability
 * whose partners are all inactive is listed with no providers: that is a gap, not a single
 * point of failure, which is exactly one active provider.
 */
export function capabilityCoverage(partners: readonly CapablePartner[]): CapabilityCoverage[] {
  const capabilities = [...new Set(partners.flatMap((partner) => partner.capabilities))];

  return capabilities.sort(compareText).map((capability) => {
    const providers = providersOf(capability, partners);

    return { capability, providers, singlePointOfFailure: providers.length === 1 };
  });
}

/**
 * For each capability of `partnerId`, by name, the other active partners that provide it,
 * best score first. It works for an inactive partner too, to plan its replacement. Throws a
 * RangeError for a partner not in `partners`, whose capabilities are not known here.
 */
export function backupPartners(
  partnerId: string,
  partners: readonly CapablePartner[],
): CapabilityBackups[] {
  const partner = partners.find((candidate) => candidate.partnerId === partnerId);
  if (partner === undefined) {
    throw new RangeError(`partner ${partnerId} is not among the partners given`);
  }
  const others = partners.filter((candidate) => candidate.partnerId !== partnerId);

  return [...new Set(partner.capabilities)].sort(compareText).map((capability) => ({
    capability,
    backups: providersOf(capability, others),
  }));
}

// A partner with no score yet ranks below every scored one: it has not shown it can cope.
// Equal scores go by legal name, then id, so the ranking is the same from one run to the next.
function providersOf(capability: string, partners: readonly CapablePartner[]): Provider[] {
  return partners
    .filter((partner) => partner.status === ACTIVE && partner.capabilities.includes(capability))
    .sort(
      (a, b) =>
        byScoreDescending(a.score, b.score) ||
        compareText(a.legalName, b.legalName) ||
        compareText(a.partnerId, b.partnerId),
    )
    .map(({ partnerId, legalName, score }) => ({ partnerId, legalName, score }));
}

function byScoreDescending(a: number | null, b: number | null): number {
  if (a === null || b === null) {
    return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  }

  return b - a;
}
