import { loadConfigOrExit } from '@pn/config';
import { bootstrapService } from '@pn/platform';

import { AppModule } from './app.module';
import { gatewayConfigSchema } from './config';
import { configureHttp } from './http/configure-http';

import './tracing';

async function main(): Promise<void> {
  const config = loadConfigOrExit(gatewayConfigSchema);

  await bootstrapService({
    module: AppModule.forConfig(config),
    port: config.PORT,
    configure: (app) => configureHttp(app),
  });
}

void main();
