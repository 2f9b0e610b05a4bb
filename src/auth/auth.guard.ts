import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { hasRole } from '../common/auth/authenticated-user.js';
import type { RequestWithUser } from '../common/auth/current-user.decorator.js';
import { IS_PUBLIC } from '../common/auth/public.decorator.js';
import { REQUIRED_ROLES } from '../common/auth/roles.decorator.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { requestContext } from '../common/logging/request-context.js';
import type { PersonRole } from '../person/person.entity.js';
import { AuthService } from './auth.service.js';

/** Paths under /api need a caller (bearer token or session cookie); the matched route pattern is used, not the raw URL. */
function isApiRoute(request: FastifyRequest): boolean {
  const path = request.routeOptions?.url ?? request.url;
  return path === '/api' || path.startsWith('/api/');
}

/**
 * The global guard (APP_GUARD): authenticates every route under /api except @Public() ones, loads the caller
 * for each request (a deleted or login-disabled person is refused even with an unexpired token), then
 * checks @Roles() (403 FORBIDDEN). One guard, so authentication always runs before the role check.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;
    const roles = this.reflector.getAllAndOverride<PersonRole[] | undefined>(REQUIRED_ROLES, targets) ?? [];
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithUser>();
    if (isPublic || (!isApiRoute(request) && roles.length === 0)) return true;

    const user = await this.auth.authenticateRequest(request);
    request.authenticatedUser = user;
    const log = requestContext.current();
    if (log) log.personId = user.personId;

    if (roles.length > 0 && !hasRole(user, ...roles)) throw new ForbiddenError();
    return true;
  }
}
