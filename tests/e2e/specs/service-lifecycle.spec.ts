import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

import { REPO_ROOT } from '@pn/testing';

import { e2eStack } from '../support/stack';

describe('service lifecycle', () => {
  const stack = e2eStack();

  it.each([
    ['gateway', []],
    ['contracts', ['postgres']],
    ['scoring', ['postgres']],
    ['pipeline', ['postgres']],
    ['alerts', ['postgres']],
  ] as const)('%s reports live and ready with NATS, JetStream and %j', async (service, own) => {
    const live = await fetch(`${stack.url(service)}/health/live`);
    const ready = await fetch(`${stack.url(service)}/health/ready`);
    const body = (await ready.json()) as { info: Record<string, { status: string }> };

    expect(live.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(body.info.nats.status).toBe('up');
    expect(body.info.jetstream.status).toBe('up');
    expect(Object.keys(body.info).sort()).toEqual(['jetstream', 'nats', ...own].sort());
  });

  it('stops a service without DATABASE_URL at start-up with one line naming it', () => {
    const env = { ...stack.envFor('contracts') } as Record<string, string | undefined>;
    delete env.DATABASE_URL;
    const result = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'services/contracts/dist/main.js')],
      {
        env,
        encoding: 'utf8',
        timeout: 20_000,
      },
    );

    expect(result.status).toBe(78);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^configuration error: DATABASE_URL is required/),
    ]);
  });

  it('shuts a service down cleanly on SIGTERM and starts it again', async () => {
    const exited = await stack.stop('pipeline');
    await stack.start('pipeline');
    await stack.waitReady('pipeline');

    expect(exited).toBe('exited');
    expect(stack.logLines('pipeline').filter((line) => line.level === 'error')).toEqual([]);
  });

  it('publishes its OpenAPI document', async () => {
    const response = await fetch(`${stack.url('gateway')}/api/docs-json`);
    const document = (await response.json()) as { paths: Record<string, unknown> };

    expect(response.status).toBe(200);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/partners',
        '/api/v1/contracts',
        '/api/v1/contracts/{id}',
        '/api/v1/renewals',
        '/api/v1/me',
        '/api/v1/entities',
        '/api/v1/entities/{entityId}/approval-policy',
        '/api/v1/partners/{id}/status',
        '/api/v1/partners/{id}/interactions',
        '/api/v1/contracts/{id}/change-requests',
        '/api/v1/change-requests/{id}/approve',
        '/api/v1/change-requests/{id}/reject',
        '/api/v1/contracts/{id}/versions',
        '/api/v1/contracts/{id}/versions/compare',
        '/api/v1/contracts/{id}/terms',
        '/api/v1/contracts/{id}/documents',
        '/api/v1/documents/{id}/content',
        '/api/v1/obligations',
        '/api/v1/governance/report',
        '/api/v1/imports/{kind}',
        '/api/v1/audit',
        '/api/v1/audit/verification',
      ]),
    );
  });
});
