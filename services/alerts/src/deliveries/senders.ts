import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';

import { createTransport, type Transporter } from 'nodemailer';

import type { Alert } from '../alerts/alert.entity';
import { alertFacts } from '../alerts/alert-facts';
import { ALERTS_CONFIG } from '../alerts/sweep-scheduler';
import type { AlertsConfig } from '../config';
import { signatureOf } from './signature';

const SEND_TIMEOUT_MS = 10_000;

const KIND_TEXT: Record<Alert['kind'], string> = {
  advance: 'Renewal deadline approaching',
  deadline: 'Renewal deadline today',
  overdue: 'Renewal deadline passed without a decision',
  escalation: 'ESCALATION: renewal decision needed',
  silent_rollover: 'Silent rollover: contract renewed without a decision',
};

/** Sends one delivery; throws with a message a person can act on when it fails. */
@Injectable()
export class Senders implements OnApplicationShutdown {
  private mailer?: Transporter;

  constructor(@Inject(ALERTS_CONFIG) private readonly config: AlertsConfig) {}

  async email(to: string, alert: Alert): Promise<void> {
    if (!this.config.ALERTS_SMTP_URL) {
      throw new Error('ALERTS_SMTP_URL is not set: email is off');
    }
    const server = new URL(this.config.ALERTS_SMTP_URL);
    this.mailer ??= createTransport({
      host: server.hostname,
      port: Number(server.port || (server.protocol === 'smtps:' ? 465 : 25)),
      secure: server.protocol === 'smtps:',
      auth: server.username
        ? { user: decodeURIComponent(server.username), pass: decodeURIComponent(server.password) }
        : undefined,
      connectionTimeout: SEND_TIMEOUT_MS,
      socketTimeout: SEND_TIMEOUT_MS,
    });
    await this.mailer.sendMail({
      from: this.config.ALERTS_MAIL_FROM,
      to,
      subject: `${KIND_TEXT[alert.kind]}: ${alert.partnerName}, ${alert.title} (act by ${alert.actionDeadline})`,
      text: [
        `${KIND_TEXT[alert.kind]}.`,
        '',
        `Partner: ${alert.partnerName}`,
        `Contract: ${alert.title} (${alert.contractId})`,
        `Term: ${alert.termNumber}`,
        `Act by: ${alert.actionDeadline}`,
        `Due: ${alert.dueOn}${alert.late ? ` (raised late, on ${alert.raisedOn})` : ''}`,
        '',
        'Record a decision (renew, renegotiate, exit) to stop further escalation.',
      ].join('\n'),
      headers: { 'X-PN-Alert-Id': alert.id },
    });
  }

  async webhook(url: string, secret: string, deliveryId: string, alert: Alert): Promise<void> {
    const body = JSON.stringify({
      type: 'pn.alerts.renewal.alert_raised.v1',
      deliveryId,
      alert: alertFacts(alert),
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-pn-signature': signatureOf(body, secret),
        'x-pn-delivery': deliveryId,
      },
      body,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    if (!response.ok) {
      throw new Error(`${url} answered ${response.status}`);
    }
  }

  onApplicationShutdown(): void {
    this.mailer?.close();
  }
}
