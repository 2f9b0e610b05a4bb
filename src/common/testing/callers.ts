import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import type { PersonRole } from '../../person/person.entity.js';

/**
 * A caller for unit tests of pure rules: person 'caller' of the region 'vasterbotten' or of its municipality
 * 'umea', with these roles.
 */
export function callerOf(
  organizationKind: 'region' | 'municipality',
  ...roles: PersonRole[]
): AuthenticatedUser {
  return {
    personId: 'caller',
    organizationId: organizationKind === 'region' ? 'vasterbotten' : 'umea',
    organizationKind,
    regionId: 'vasterbotten',
    roles,
    locale: 'sv',
  };
}
