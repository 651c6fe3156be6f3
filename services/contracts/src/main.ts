import { loadConfigOrExit } from '@pn/config';
import { bootstrapService } from '@pn/platform';

import { AppModule } from './app.module';
import { contractsConfigSchema } from './config';

import './tracing';

async function main(): Promise<void> {
  const config = loadConfigOrExit(contractsConfigSchema);

  await bootstrapService({
    module: AppModule.forConfig(config),
    port: config.PORT,
    rpc: {
      service: 'contracts',
      natsUrl: config.NATS_URL,
      subjectPrefix: config.NATS_SUBJECT_PREFIX,
    },
  });
}

void main();
