import { randomBytes } from 'node:crypto';

import { api, eventually } from '../support/api';
import { createPartner } from '../support/fixtures';
import { e2eStack } from '../support/stack';

describe('one trace across the services', () => {
  it('follows a trace id from the gateway request through NATS into contracts and alerts', async () => {
    const stack = e2eStack();
    const partner = await createPartner('lee.legal', 'US01');
    const traceId = randomBytes(16).toString('hex');

    const response = await api<{ id: string }>('POST', '/contracts', {
      as: 'lee.legal',
      headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: {
        partnerId: partner.id,
        title: 'Traced agreement',
        effectiveDate: '2090-03-01',
        initialTermMonths: 24,
        renewalType: 'manual',
        noticeDays: 60,
      },
    });
    expect(response.status).toBe(201);

    const withTrace = (service: 'gateway' | 'contracts' | 'alerts') =>
      stack.logLines(service).filter((line) => line.trace_id === traceId);
    const alertsLines = await eventually(() => {
      const lines = withTrace('alerts');

      return Promise.resolve(
        lines.some((line) => line.msg.includes(response.body.id)) ? lines : undefined,
      );
    });

    expect(withTrace('gateway').length).toBeGreaterThan(0);
    expect(withTrace('contracts').some((line) => line.msg.includes(response.body.id))).toBe(true);
    expect(alertsLines.every((line) => line.service === 'alerts')).toBe(true);
    expect(alertsLines.some((line) => line.entity_id === 'US01')).toBe(true);
  });
});
