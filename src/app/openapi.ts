import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import type { AppConfig } from '../config/app-config.js';
import { registeredErrorCodes } from '../common/i18n/error-messages.js';
import { registeredDtoSchemas } from '../common/validation/zod-dto.js';

type SchemaObject = Record<string, unknown>;

/** Rewrites zod's `#/$defs/X` references so nested schemas resolve inside components. */
function toComponentSchema(schema: z.ZodType, io: 'input' | 'output'): SchemaObject {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as SchemaObject;
  delete json.$schema;
  return json;
}

export function buildOpenApiDocument(app: NestFastifyApplication, config: AppConfig): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Samverkan API')
    .setDescription(
      'Structured, recurring collaboration meetings between a region and its municipalities. ' +
        'Errors are `{ code, message, details? }`; a resource of another municipality answers 404. ' +
        'Every /api operation takes a bearer token or the browser session cookie (`POST /api/auth/session`); ' +
        'a POST, PUT, PATCH or DELETE through the cookie needs the header `X-Samverkan-Csrf: 1`.',
    )
    .setVersion('0.1.0')
    .addServer(config.http.publicUrl)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addCookieAuth('samverkan_session', { type: 'apiKey', in: 'cookie' }, 'session')
    .build();
  const document = SwaggerModule.createDocument(app, builder);
  // Controllers name zod DTO classes; their schemas come from zod rather than from decorators.
  document.components ??= {};
  document.components.schemas ??= {};
  for (const [name, schema] of registeredDtoSchemas()) {
    const io = name.endsWith('Response') || name.endsWith('View') ? 'output' : 'input';
    document.components.schemas[name] = toComponentSchema(schema, io);
  }
  // Every error code has a message in the catalogue, so the catalogue lists the codes a client can meet.
  const errorCode = (
    document.components.schemas.ErrorResponse as { properties?: Record<string, SchemaObject> }
  )?.properties?.code;
  if (errorCode) errorCode.enum = registeredErrorCodes().sort();
  return document;
}

export function setupOpenApi(app: NestFastifyApplication, config: AppConfig): void {
  const document = buildOpenApiDocument(app, config);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
    customSiteTitle: 'Samverkan API',
  });
}
