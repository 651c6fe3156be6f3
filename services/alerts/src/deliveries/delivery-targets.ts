import type { AlertsConfig } from '../config';
import type { DeliveryTargets } from './plan-deliveries';
import type { RoleMailboxes } from './role-mailboxes';

export const DELIVERY_TARGETS = Symbol('DELIVERY_TARGETS');

export function deliveryTargetsFrom(config: AlertsConfig): DeliveryTargets {
  if (!config.ALERTS_SMTP_URL) {
    return { emailAddressOf: null };
  }
  const mailboxes: RoleMailboxes = config.ALERTS_ROLE_MAILBOXES;

  return {
    emailAddressOf: (recipient, entityId) => {
      const [kind, name] = recipient.split(':', 2);
      if (kind === 'user') {
        return config.ALERTS_EMAIL_ADDRESS_TEMPLATE.replace('{username}', name);
      }

      return mailboxes.get(`${name}@${entityId}`) ?? mailboxes.get(name) ?? null;
    },
  };
}
