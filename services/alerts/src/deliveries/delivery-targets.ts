import type { AlertsConfig } from '../config';
import type { DeliveryTargets } from './plan-deliveries';

export const DELIVERY_TARGETS = Symbol('DELIVERY_TARGETS');

export function deliveryTargetsFrom(config: AlertsConfig): DeliveryTargets {
  return {
    emailAddressOf: config.ALERTS_SMTP_URL
      ? (username) => config.ALERTS_EMAIL_ADDRESS_TEMPLATE.replace('{username}', username)
      : null,
  };
}
