import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import type { OrganizationKind } from '../organization/organization.entity.js';

/**
 * Who may hold a feed of an organization the caller can already see (TenantScope decided that): admins and
 * coordinators for any organization in their scope; anyone of a municipality for that municipality.
 * A region's secretaries and participants follow their own person feed instead.
 */
export function mayFollowOrganization(
  user: AuthenticatedUser,
  organization: { id: string; kind: OrganizationKind },
): boolean {
  if (hasRole(user, 'admin', 'coordinator')) return true;
  return user.organizationKind === 'municipality' && organization.id === user.organizationId;
}

/** A person feed is always the caller's own: nobody subscribes to someone else's calendar. */
export function mayFollowPerson(user: AuthenticatedUser, personId: string): boolean {
  return user.personId === personId;
}
