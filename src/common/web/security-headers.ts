import type { FastifyInstance } from 'fastify';

/** Headers every answer carries: no MIME sniffing, no framing, no Referer sent on. */
export const BASELINE_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
});

/** JSON and error answers: nothing in them may load, run or be framed. */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The operations pages (Swagger UI on /docs, Bull Board on /queues): their own scripts, no one else's.
 * Checked in Chromium: both render; Bull Board's Google Fonts stylesheet is refused, so it falls back to a
 * system font and an admin's browser tells Google nothing.
 */
const OPERATIONS_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Both pages use inline style attributes and <style> blocks.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

/** Policies by path prefix; the first match wins, the API's policy otherwise. */
const CONTENT_SECURITY_POLICIES: ReadonlyArray<{ prefix: string; policy: string }> = [
  { prefix: '/docs', policy: [...OPERATIONS_PAGE_POLICY, "base-uri 'none'"].join('; ') },
  // Bull Board's page sets <base href="/queues/">.
  { prefix: '/queues', policy: [...OPERATIONS_PAGE_POLICY, "base-uri 'self'"].join('; ') },
];

export function contentSecurityPolicyFor(url: string): string {
  const path = url.split('?')[0];
  return (
    CONTENT_SECURITY_POLICIES.find(({ prefix }) => path === prefix || path.startsWith(prefix))?.policy ??
    API_CONTENT_SECURITY_POLICY
  );
}

/**
 * Puts the security headers on every answer (routes of Nest and of plugins, errors, 404s) unless the route
 * set its own: a page with a stricter or different Content-Security-Policy (the public pages, a web app)
 * or a cache policy (`private, no-store`, a feed's max-age) sets it on the reply and keeps it. Answers are
 * not cached by default, since most carry personal data. HSTS when the service is reached over https.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, options: { publicUrl: string }): void {
  const defaults: Record<string, string> = {
    ...BASELINE_SECURITY_HEADERS,
    'cache-control': 'no-store',
    ...(options.publicUrl.startsWith('https:') ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
  fastify.addHook('onSend', (request, reply, payload, done) => {
    for (const [name, value] of Object.entries(defaults)) {
      if (!reply.hasHeader(name)) void reply.header(name, value);
    }
    if (!reply.hasHeader('content-security-policy')) {
      void reply.header('content-security-policy', contentSecurityPolicyFor(request.url));
    }
    done(null, payload);
  });
}
