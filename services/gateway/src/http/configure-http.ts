import { join } from 'node:path';

import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { HttpErrorsFilter } from './http-errors.filter';
import { serveOpenApi } from './openapi';
import { requestIdMiddleware } from './request-id.middleware';
import { createValidationPipe } from './validation.pipe';

export function configureHttp(app: INestApplication): void {
  app.use(requestIdMiddleware);
  app.setGlobalPrefix('api/v1', { exclude: ['health/live', 'health/ready', 'web-config.json'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorsFilter());
  serveOpenApi(app);
  // The web dashboard: static files built next to the gateway's own code.
  (app as NestExpressApplication).useStaticAssets(join(__dirname, '..', 'web'), {
    index: 'index.html',
  });
}
