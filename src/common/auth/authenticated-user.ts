import type { OrganizationKind } from '../../organization/organization.entity.js';
import type { Locale, PersonRole } from '../../person/person.entity.js';

/** The person behind a request, loaded per request from a verified token. */
export interface AuthenticatedUser {
  personId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  /** The region organization: the person's own organization for a region, its parent for a municipality. */
  regionId: string;
  roles: readonly PersonRole[];
  locale: Locale;
}

/** The caller as authentication loads them: also the credentials version a token or session must match. */
export interface AuthenticatedPerson extends AuthenticatedUser {
  credentialsVersion: number;
}

export function hasRole(user: AuthenticatedUser, ...roles: PersonRole[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
