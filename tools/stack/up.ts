import { SERVICES } from '@pn/testing';

import { seedDemoData } from './demo-data';
import { DEV_STATE_DIR, devStack } from './dev-stack';
import { ensureInfrastructure, logger } from './infrastructure';

const DEMO_USERS: [string, string, string][] = [
  ['erin.exec', 'executive', 'US01, UK01'],
  ['sam.strategy', 'strategy', 'US01, UK01'],
  ['lee.legal', 'legal', 'US01'],
  ['lena.legal', 'legal', 'UK01'],
  ['lou.legal', 'legal', 'US01, UK01'],
  ['kai.counsel', 'strategy, legal', 'US01'],
  ['fran.finance', 'finance', 'US01, UK01'],
  ['oli.ops', 'operations', 'US01'],
  ['ada.admin', 'admin', 'US01, UK01'],
  ['aud.auditor', 'auditor (read-only)', 'US01, UK01'],
];

/** `npm run up`: the whole system with demo data. Running it again changes nothing. */
async function main(): Promise<void> {
  const log = logger('up');
  const infrastructure = await ensureInfrastructure(DEV_STATE_DIR);
  const stack = devStack(infrastructure);

  for (const service of SERVICES) {
    if (stack.isRunning(service)) {
      log(`${service} is already running`);
      continue;
    }
    await stack.start(service);
    log(`started ${service} on port ${stack.port(service)}`);
  }
  await Promise.all(SERVICES.map((service) => stack.waitReady(service)));
  await seedDemoData(stack.url('gateway'), infrastructure.keycloak.url, log);

  const gateway = `http://localhost:${stack.port('gateway')}`;
  process.stdout.write(
    [
      '',
      'Partner Network is up.',
      `  Web dashboard     ${gateway}/`,
      `  REST API          ${gateway}/api/v1`,
      `  OpenAPI           ${gateway}/api/docs`,
      `  Keycloak          ${infrastructure.keycloak.url}/admin/  (admin / admin, local only)`,
      `  Logs              ${DEV_STATE_DIR}/logs/`,
      '',
      'Demo logins (password "demo"; local use only, never in a real deployment):',
      ...DEMO_USERS.map(
        ([user, role, entities]) => `  ${user.padEnd(14)} ${role.padEnd(22)} ${entities}`,
      ),
      '  pn-crm client   client credentials, secret pn-crm-local-secret, operations, US01',
      '',
      'Stop everything with: npm run down',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `npm run up failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
