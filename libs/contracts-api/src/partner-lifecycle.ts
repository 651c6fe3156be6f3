import { z } from 'zod';

export const partnerStatus = z.enum([
  'prospect',
  'onboarding',
  'active',
  'under_review',
  'exiting',
  'exited',
]);
export type PartnerStatus = z.infer<typeof partnerStatus>;

/**
 * Where a relationship may go next. An exit can still be called off while it is under way
 * (a renegotiation succeeded), but an exited relationship is over: re-engaging the same
 * counterparty starts a new prospect, so the history of the old one stays as it was.
 */
export const PARTNER_TRANSITIONS: Readonly<Record<PartnerStatus, readonly PartnerStatus[]>> = {
  prospect: ['onboarding', 'exited'],
  onboarding: ['active', 'exiting', 'exited'],
  active: ['under_review', 'exiting'],
  under_review: ['active', 'exiting'],
  exiting: ['active', 'exited'],
  exited: [],
};

export function canMovePartner(from: PartnerStatus, to: PartnerStatus): boolean {
  return PARTNER_TRANSITIONS[from].includes(to);
}
