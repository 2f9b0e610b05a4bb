import { hasRole } from '../../app/roles';
import type { Me } from '../auth/hooks/useMe';
import type { Organization } from './hooks/useOrganizations';
import type { PersonRole } from './hooks/usePeople';

/**
 * Who sees which administration control. These mirror the API's rules (src/person/person-policy.ts,
 * src/organization/organization.service.ts, the audit log's @Roles('admin')) to choose what to show; the
 * API still decides.
 */

export const ROLES: PersonRole[] = ['admin', 'coordinator', 'secretary', 'participant'];

/** People and organizations: admins and coordinators (POST /api/people is theirs). */
export function mayAdminister(me: Me): boolean {
  return hasRole(me, 'admin', 'coordinator');
}

/** The audit log is the admins'. */
export function mayReadAudit(me: Me): boolean {
  return hasRole(me, 'admin');
}

/** The secrecy grounds are the admins' (POST and PATCH /api/secrecy-grounds are @Roles('admin')). */
export function mayManageSecrecyGrounds(me: Me): boolean {
  return hasRole(me, 'admin');
}

/** A guest's personal data (POST /api/guests/personal-data and /erase are @Roles('admin')). */
export function mayAnswerForGuests(me: Me): boolean {
  return hasRole(me, 'admin');
}

/** Admins manage everyone; coordinators everyone but admins (else they could take an admin's account). */
export function mayManagePerson(me: Me, person: { roles: readonly PersonRole[] }): boolean {
  if (hasRole(me, 'admin')) return true;
  return hasRole(me, 'coordinator') && !person.roles.includes('admin');
}

/** Nobody deletes themselves. */
export function mayDeletePerson(me: Me, person: { id: string; roles: readonly PersonRole[] }): boolean {
  return person.id !== me.id && mayManagePerson(me, person);
}

/**
 * The roles the form offers: admin only to admins (or kept when the person holds it already), coordinator
 * only to people of a region.
 */
export function offeredRoles(
  me: Me,
  organizationKind: Organization['kind'] | undefined,
  currentRoles: readonly PersonRole[] = [],
): PersonRole[] {
  return ROLES.filter((role) => {
    // People of an outside organisation take part only (the API refuses them any other role).
    if (organizationKind === 'external') return role === 'participant';
    if (role === 'admin') return hasRole(me, 'admin') || currentRoles.includes('admin');
    if (role === 'coordinator') return organizationKind !== 'municipality';
    return true;
  });
}

/** Only admins create organizations. */
export function mayCreateOrganization(me: Me): boolean {
  return hasRole(me, 'admin');
}

/** Admins change any organization; a region's coordinator changes that region's municipalities and external ones. */
export function mayEditOrganization(me: Me, organization: Organization): boolean {
  if (hasRole(me, 'admin')) return true;
  return (
    hasRole(me, 'coordinator') &&
    me.organization.kind === 'region' &&
    organization.kind !== 'region' &&
    organization.parentId === me.organizationId
  );
}
