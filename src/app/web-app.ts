import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { AuthService } from '../auth/auth.service.js';
import { readSessionCookie } from '../auth/session-cookie.js';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import type { AppConfig } from '../config/app-config.js';
import { htmlWithPreloads, pagePlan, preloadLinks, readPageChunks } from './web-preloads.js';

/**
 * The app's HTML: scripts, styles and fonts only from our own origin (no inline script), never framed.
 * Always revalidated, so a new build is seen at once; the hashed assets it names (/assets/) are cached for a
 * year as immutable, the build's other files (the favicon) are revalidated.
 * nosniff, DENY framing and the Referrer-Policy come with every answer (registerSecurityHeaders).
 */
export const WEB_PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'cache-control': 'no-cache',
});

/** A file of the build under /assets/ has its content's hash in its name: a new build names new files. */
const HASHED_ASSET_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'public, max-age=31536000, immutable',
});

/** Any other file (favicon.svg from web/public) keeps its name from build to build: revalidated (ETag). */
const NAMED_FILE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'no-cache',
});

/** Paths that belong to the service, never to the app: an unknown one answers the API's 404. */
const SERVICE_PATH =
  /^\/(?:api|docs|queues|health|rsvp|minutes-approval|round-proposal|calendar)(?:[/?#-]|$)/;
/** A file rather than a page: a missing one is a 404, never the app's index.html. */
const FILE_PATH = /^\/assets\/|\.[a-z0-9]+$/i;

/** The headers of a file of the build, by its path in the build (the .gz or .br twin sent in its place too). */
export function headersFor(file: string): Readonly<Record<string, string>> {
  const original = file.replace(/\.(?:gz|br)$/, '');
  if (original.endsWith('.html')) return WEB_PAGE_HEADERS;
  return original.startsWith(`assets${sep}`) ? HASHED_ASSET_HEADERS : NAMED_FILE_HEADERS;
}

export type WebPathKind = 'service' | 'file' | 'page';

/** What a GET path is: the service's (API, docs, public token pages), a file of the build, or a page of the app. */
export function webPathKind(url: string): WebPathKind {
  const path = url.split(/[?#]/, 1)[0];
  if (SERVICE_PATH.test(path) || path === '/docs-json' || path === '/docs-yaml') return 'service';
  if (FILE_PATH.test(path)) return 'file';
  return 'page';
}

/** The person of a page request's session cookie, or undefined (none, ended, or any other failure). */
async function sessionUser(
  auth: AuthService,
  request: FastifyRequest,
): Promise<AuthenticatedUser | undefined> {
  if (readSessionCookie(request.headers.cookie) === undefined) return undefined;
  return auth.authenticateRequest(request).catch(() => undefined);
}

/** A page's HTML in the encoding the client prefers (brotli, gzip, or none): built per request, a few KB. */
function sendHtml(request: FastifyRequest, reply: FastifyReply, html: string): FastifyReply {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  void reply
    .headers({ ...WEB_PAGE_HEADERS, vary: 'accept-encoding, cookie' })
    .type('text/html; charset=utf-8');
  if (/\bbr\b/.test(accepted)) {
    const body = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    return reply.header('content-encoding', 'br').send(body);
  }
  if (/\bgzip\b/.test(accepted)) return reply.header('content-encoding', 'gzip').send(gzipSync(html));
  return reply.send(html);
}

/**
 * Serves the built web app at `/` from the same process and origin as `/api`: the hashed files of the build
 * (gzip or brotli as the client accepts, compressed at build time) and index.html for every page path, so
 * the app's router takes over. The index.html of a page names that page's chunks and, for a signed-in person,
 * its first API reads (web-preloads.ts), so the browser fetches them beside the app's own files.
 * Without a build (`npm run build:web`), nothing is mounted.
 */
export async function mountWebApp(
  app: NestFastifyApplication,
  config: AppConfig,
  logger: Logger,
): Promise<boolean> {
  const root = resolve(config.web.dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    logger.warn({ dir: root }, 'web app not built (npm run build:web): only the API is served');
    return false;
  }
  const fastify = app.getHttpAdapter().getInstance();
  const indexHtml = readFileSync(resolve(root, 'index.html'), 'utf8');
  const pageChunks = readPageChunks(root);
  const auth = app.get(AuthService);
  await fastify.register(async (scope) => {
    await scope.register(fastifyStatic, {
      root,
      serve: false,
      preCompressed: true,
      index: false,
      setHeaders: (reply: FastifyReply, path: string) => {
        const headers = headersFor(relative(root, path));
        for (const [name, value] of Object.entries(headers)) void reply.header(name, value);
      },
    });
    const answer = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | void> => {
      const path = request.url.split(/[?#]/, 1)[0];
      switch (webPathKind(request.url)) {
        case 'service':
          return reply.callNotFound();
        case 'file':
          // No dotfile or dot folder (the build's .vite/ holds what only the service reads).
          if (path.split('/').some((segment) => segment.startsWith('.'))) return reply.callNotFound();
          return reply.sendFile(path.slice(1));
        case 'page': {
          const plan = pagePlan(path, await sessionUser(auth, request));
          return sendHtml(request, reply, htmlWithPreloads(indexHtml, preloadLinks(plan, pageChunks)));
        }
      }
    };
    scope.get('/', answer);
    scope.get('/*', answer);
  });
  return true;
}
