import { infraEnv, resetInfra } from '@pn/testing';

import { startSmtpSink } from './smtp-sink';
import { e2eStack } from './stack';

export default async function globalSetup(): Promise<void> {
  const stack = e2eStack();
  const infra = infraEnv();
  await stack.stopAll();
  await resetInfra({
    postgresUrl: infra.postgresUrl,
    databasePrefix: stack.options.databasePrefix,
    natsUrl: infra.natsUrl,
    subjectPrefix: infra.subjectPrefix,
  });
  await startSmtpSink();
  await stack.startAll();
}
