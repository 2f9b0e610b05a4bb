import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter.js';
import { PinoNestLogger } from '../common/logging/logger.js';
import { requestContext } from '../common/logging/request-context.js';
import { registerSecurityHeaders } from '../common/web/security-headers.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { AuthService } from '../auth/auth.service.js';
import { adminOnly } from './admin-only.js';
import { setupOpenApi } from './openapi.js';
import { mountQueueDashboard } from './queue-dashboard.js';
import { mountWebApp } from './web-app.js';
import { AppModule } from './app.module.js';

const CORRELATION_HEADER = 'x-correlation-id';
const CORRELATION_ID = /^[\w.:-]{1,100}$/;

/**
 * Fastify takes a bare hop count as trusting nobody (it cannot tell the proxy from a direct client); a
 * deployment that asks for one is reachable only through its proxies (docs/operations.md), so the first
 * `hops` addresses from the socket are believed, as Express does.
 */
function trustProxyOption(
  trust: AppConfig['http']['trustProxy'],
): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/** Builds the HTTP application (roles api and all); used by main.ts and by the e2e tests. */
export async function createHttpApp(config: AppConfig, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    // Whose X-Forwarded-For makes request.ip (login limits, logs): nobody's unless TRUST_PROXY says.
    trustProxy: trustProxyOption(config.http.trustProxy),
    genReqId: (request: IncomingMessage) => {
      const incoming = request.headers[CORRELATION_HEADER];
      return typeof incoming === 'string' && CORRELATION_ID.test(incoming) ? incoming : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRole(config), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // First, so that every route and plugin below inherits it.
  registerSecurityHeaders(fastify, { publicUrl: config.http.publicUrl });
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(CORRELATION_HEADER, request.id);
    requestContext.enterWith({ correlationId: request.id });
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.info(
      {
        correlationId: request.id,
        method: request.method,
        // The path only: tokens in /rsvp/:token and /calendar/:token.ics stay out of the log.
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
    done();
  });
  // multipart/form-data is read as a stream by the endpoint that takes it (papers), never buffered here.
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.papers.maxBytes, files: 1, fields: 5, parts: 6 },
  });
  app.useGlobalFilters(new AllExceptionsFilter(config.defaultLocale));
  app.useGlobalPipes(new ZodValidationPipe());
  if (config.isProduction) {
    const guard = adminOnly(app.get(AuthService));
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.url === '/docs' || request.url.startsWith('/docs/') || request.url.startsWith('/docs-')) {
        await guard(request, reply);
      }
    });
  }
  setupOpenApi(app, config);
  await mountQueueDashboard(app);
  await mountWebApp(app, config, logger);
  return app;
}
