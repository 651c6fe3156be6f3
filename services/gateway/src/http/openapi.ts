import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Partner Network API')
    .setDescription(
      'Every high-value external relationship as a governed, measured asset. Records are scoped ' +
        "to the caller's legal entities: a record of another entity answers 404. Errors are " +
        '`{code, message, details, traceId}`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();

  return SwaggerModule.createDocument(app, config);
}

/** Serves the document at /api/docs (UI) and /api/docs-json (the document itself). */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
}
