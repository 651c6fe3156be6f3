import { randomBytes } from 'node:crypto';

import { api, eventually } from '../support/api';
import { createContract, createPartner } from '../support/fixtures';
import { e2eStack } from '../support/stack';

describe('one trace across the services', () => {
  it('follows a trace id from an approval through NATS into contracts and the event alerts handles', async () => {
    const stack = e2eStack();
    const partner = await createPartner('lee.legal', 'US01');
    const traceId = randomBytes(16).toString('hex');

    const contract = await createContract('lee.legal', partner.id, {
      title: 'Traced agreement',
      effectiveDate: '2090-03-01',
      initialTermMonths: 24,
      renewalType: 'manual',
      renewalTermMonths: 12,
      noticeDays: 60,
    });
    const request = await api<{ id: string }>('POST', `/contracts/${contract.id}/change-requests`, {
      as: 'sam.strategy',
      body: { kind: 'activation', reason: 'signed' },
    });
    await api('POST', `/change-requests/${request.body.id}/approve`, { as: 'lee.legal', body: {} });

    // The approval that activates the contract carries the trace into the event and beyond.
    const response = await api('POST', `/change-requests/${request.body.id}/approve`, {
      as: 'erin.exec',
      headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: {},
    });
    expect(response.status).toBe(200);

    const withTrace = (service: 'gateway' | 'contracts' | 'alerts') =>
      stack.logLines(service).filter((line) => line.trace_id === traceId);
    const alertsLines = await eventually(() => {
      const lines = withTrace('alerts');

      return Promise.resolve(
        lines.some((line) => line.msg.includes(contract.id)) ? lines : undefined,
      );
    });

    expect(withTrace('gateway').length).toBeGreaterThan(0);
    expect(withTrace('contracts').some((line) => line.msg.includes(contract.id))).toBe(true);
    expect(alertsLines.every((line) => line.service === 'alerts')).toBe(true);
    expect(alertsLines.some((line) => line.entity_id === 'US01')).toBe(true);
  });
});
