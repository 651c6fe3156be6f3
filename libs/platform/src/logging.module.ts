import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';

import { LoggerModule } from 'nestjs-pino';

import { createLogger } from '@pn/observability';

import { TracingShutdown } from './tracing-shutdown';

/** Nest's own logs and HTTP access logs, all as JSON through the service's pino logger. */
@Module({})
export class LoggingModule {
  static forService(service: string, level: string): DynamicModule {
    return {
      module: LoggingModule,
      // Logs and traces share one lifecycle: both must be flushed on the way out.
      providers: [TracingShutdown],
      imports: [
        LoggerModule.forRoot({
          // Named wildcard: the path syntax of Express 5.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            logger: createLogger(service, level),
            autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
            customProps: (request) => {
              const caller = (request as { caller?: { username: string } }).caller;

              return caller ? { user: caller.username } : {};
            },
          },
        }),
      ],
    };
  }
}
