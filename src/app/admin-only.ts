import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthService } from '../auth/auth.service.js';
import { CommonErrorCode, RateLimitedError } from '../common/errors/domain-error.js';
import { requestContext } from '../common/logging/request-context.js';

/**
 * A Fastify onRequest hook for routes outside Nest's guards (/queues, and /docs in production): an admin's
 * bearer token or HTTP Basic admin credentials, else 401 with a Basic challenge so a browser asks; 429 with
 * Retry-After once Basic credentials have been guessed at too often (LoginThrottle).
 */
export function adminOnly(auth: AuthService) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const correlationId = requestContext.correlationId();
    try {
      if (await auth.authenticateAdminRequest(request.headers, request.ip)) return;
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      await reply
        .status(429)
        .header('retry-after', String(error.retryAfterSeconds))
        .send({ code: error.code, message: error.message, ...(correlationId ? { correlationId } : {}) });
      return;
    }
    await reply
      .status(401)
      .header('www-authenticate', 'Basic realm="Samverkan admin", charset="UTF-8"')
      .send({
        code: CommonErrorCode.Unauthenticated,
        message: 'An admin must log in',
        ...(correlationId ? { correlationId } : {}),
      });
  };
}
