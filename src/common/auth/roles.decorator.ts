import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ApiErrorResponse } from '../openapi/api-endpoint.decorator.js';
import type { PersonRole } from '../../person/person.entity.js';

export const REQUIRED_ROLES = 'samverkan:roles';

/**
 * The caller needs at least one of these roles, or the request answers 403 FORBIDDEN. The roles are also
 * published in the OpenAPI document as `x-required-roles`, so clients and the security sweep see them.
 */
export const Roles = (...roles: PersonRole[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLES, roles),
    ApiExtension('x-required-roles', roles),
    ApiErrorResponse(403, `FORBIDDEN: requires one of the roles ${roles.join(', ')}`),
  );
