import { Writable } from 'node:stream';

import { context, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';

import { runWithLogContext } from './log-context';
import { createLogger } from './logger';

function capture(): { lines: Record<string, unknown>[]; stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });

  return { lines, stream };
}

describe('createLogger', () => {
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  });

  it('writes the service, the active trace id and the entity on every line', () => {
    const { lines, stream } = capture();
    const logger = createLogger('contracts', 'info', stream);

    const spanContext = {
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      traceFlags: TraceFlags.SAMPLED,
    };
    const active = trace.setSpanContext(context.active(), spanContext);

    context.with(active, () => {
      runWithLogContext({ entityId: 'US01' }, () => logger.info('renewal sweep ran'));
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      service: 'contracts',
      level: 'info',
      msg: 'renewal sweep ran',
      trace_id: spanContext.traceId,
      entity_id: 'US01',
    });
  });

  it('redacts credentials', () => {
    const { lines, stream } = capture();
    const logger = createLogger('gateway', 'info', stream);

    logger.info({ login: { password: 'hunter2', user: 'lee' } }, 'signed in');

    expect(JSON.stringify(lines[0])).not.toContain('hunter2');
    expect(lines[0]).toMatchObject({ login: { password: '[redacted]', user: 'lee' } });
  });
});
