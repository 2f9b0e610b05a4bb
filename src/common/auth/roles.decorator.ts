import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiForbiddenResponse } from '@nestjs/swagger';
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
    ApiForbiddenResponse({ description: `Requires one of the roles: ${roles.join(', ')}` }),
  );
