import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '../config/app-config.js';
import { AppModule } from './app.module.js';
import { buildOpenApiDocument } from './openapi.js';

/**
 * The service's OpenAPI document without a database or Redis: the application is only scanned (Nest's
 * preview mode instantiates no provider), which is all the document needs. The web app's typed client is
 * generated from it (`npm run web:api-types`); a test compares it with what /docs-json serves.
 */
export async function describeApiOffline(): Promise<OpenAPIObject> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: 'x'.repeat(32) });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRole(config),
    new FastifyAdapter(),
    {
      preview: true,
      logger: false,
      abortOnError: false,
    },
  );
  try {
    return buildOpenApiDocument(app, config);
  } finally {
    await app.close();
  }
}
