import { SetMetadata } from '@nestjs/common';
import type { PersonRole } from '../../person/person.entity.js';

export const REQUIRED_ROLES = 'samverkan:roles';

/** The caller needs at least one of these roles, or the request answers 403 FORBIDDEN. */
export const Roles = (...roles: PersonRole[]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_ROLES, roles);
