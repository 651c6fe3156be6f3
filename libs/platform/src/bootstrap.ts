import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { Logger } from 'nestjs-pino';

import { type MessagingOptions, rpcServerOptions } from '@pn/messaging';

export interface BootstrapOptions {
  module: DynamicModule;
  port: number;
  /** Present for services that answer requests over NATS. */
  rpc?: MessagingOptions;
  /** Extra set-up of the HTTP application before it listens (the gateway's pipes, docs). */
  configure?: (app: INestApplication) => void | Promise<void>;
}

/**
 * Starts a service: HTTP (health, and the API for the gateway), request handlers on NATS
 * in the service's queue group, and shutdown hooks so SIGTERM drains instead of dropping.
 */
export async function bootstrapService(options: BootstrapOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(options.module, {
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.enableShutdownHooks();
  app.disable('x-powered-by');

  if (options.rpc) {
    app.connectMicroservice(rpcServerOptions(options.rpc));
  }
  await options.configure?.(app);
  await app.startAllMicroservices();
  await app.listen(options.port);
  logger.log(`${options.rpc?.service ?? 'service'} listening on port ${options.port}`);

  return app;
}
