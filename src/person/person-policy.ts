import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { OrganizationKind } from '../organization/organization.entity.js';
import { SELF_SERVICE_FIELDS, type UpdatePersonInput } from './person.dto.js';
import type { PersonRole } from './person.entity.js';
import { PersonErrorCode, PersonException } from './person.exception.js';

/**
 * Who may do what to people, inside the caller's tenant scope (scope is checked first and answers 404).
 * Pure functions, so the rules are tested without a database.
 */

/** Admins manage everyone; coordinators manage everyone but admins (else they could take an admin's account). */
export function mayManage(actor: AuthenticatedUser, target: { roles: readonly PersonRole[] }): boolean {
  if (hasRole(actor, 'admin')) return true;
  return hasRole(actor, 'coordinator') && !target.roles.includes('admin');
}

export function assertMayCreatePeople(actor: AuthenticatedUser): void {
  if (!hasRole(actor, 'admin', 'coordinator')) {
    throw new ForbiddenError('Only an admin or a coordinator adds people');
  }
}

/**
 * Checks the roles a person will hold: admin is granted only by an admin; coordinator only to people of a
 * region; people of an external organization are participants only. Roles the person already held are not re-checked against the granter.
 */
export function assertRolesAllowed(
  actor: AuthenticatedUser,
  roles: readonly PersonRole[],
  organizationKind: OrganizationKind,
  previousRoles: readonly PersonRole[] = [],
): void {
  const added = roles.filter((role) => !previousRoles.includes(role));
  if (added.includes('admin') && !hasRole(actor, 'admin')) {
    throw new ForbiddenError('Only an admin grants the admin role');
  }
  // An outside organisation's people take part; they keep nothing and administer nothing (issue 17).
  if (organizationKind === 'external' && roles.some((role) => role !== 'participant')) {
    throw new PersonException(
      PersonErrorCode.RoleNotAllowed,
      'People of an external organization can only be participants',
      { field: 'roles', organizationKind },
    );
  }
  if (roles.includes('coordinator') && organizationKind !== 'region') {
    throw new PersonException(PersonErrorCode.RoleNotAllowed, 'Only people of a region can be coordinators', {
      field: 'roles',
    });
  }
}

/**
 * A password is set by its owner or by an admin, never by a coordinator for someone else: whoever sets it
 * can sign in as that person (issue 12.4). People without an admin send a set-password link instead.
 */
export function assertMaySetPassword(actor: AuthenticatedUser, targetId: string | null): void {
  if (targetId !== actor.personId && !hasRole(actor, 'admin')) {
    throw new ForbiddenError("Only an admin sets another person's password");
  }
}

/** Throws unless the actor may make this change to this person. */
export function assertMayUpdate(
  actor: AuthenticatedUser,
  target: { id: string; roles: readonly PersonRole[] },
  input: UpdatePersonInput,
): void {
  if (input.password !== undefined) assertMaySetPassword(actor, target.id);
  if (mayManage(actor, target)) return;
  if (actor.personId !== target.id) throw new ForbiddenError('You cannot change this person');
  const selfService: readonly string[] = SELF_SERVICE_FIELDS;
  const refused = Object.keys(input).filter((key) => key !== 'version' && !selfService.includes(key));
  if (refused.length > 0) {
    throw new ForbiddenError(`You cannot change your own ${refused.join(', ')}`);
  }
}

/** Whether a person in this state counts as an admin able to administer (the last one must remain). */
export function isActiveAdmin(person: { roles: readonly PersonRole[]; loginEnabled: boolean }): boolean {
  return person.roles.includes('admin') && person.loginEnabled;
}
