import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { UnauthenticatedError } from '../errors/domain-error.js';
import type { AuthenticatedUser } from './authenticated-user.js';

/** Where the authentication guard leaves the caller on the (Fastify) request. */
export interface RequestWithUser {
  authenticatedUser?: AuthenticatedUser;
}

export function userOfRequest(request: RequestWithUser): AuthenticatedUser {
  if (!request.authenticatedUser) throw new UnauthenticatedError();
  return request.authenticatedUser;
}

/** The authenticated caller; a route using it must not be @Public(). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser =>
    userOfRequest(context.switchToHttp().getRequest<RequestWithUser>()),
);
