import type { Me } from '../features/auth/hooks/useMe';

/**
 * The region's people (coordinators, secretaries, admins of the region) follow the whole county; a
 * municipality's people see their own municipality. This mirrors the API's access rules to choose what to
 * show; the API still decides.
 */
export function isRegionStaff(me: Me): boolean {
  return me.organization.kind === 'region';
}

export function hasRole(me: Me, ...roles: Me['roles']): boolean {
  return me.roles.some((role) => roles.includes(role));
}

/** Where "/" takes a person: the county overview for the region, their municipality's page otherwise. */
export function startPathOf(me: Me): string {
  return isRegionStaff(me) ? '/' : `/municipalities/${me.organizationId}`;
}

/** Who sees rounds: the region's people and admins (the API lists a municipality's people none). */
export function maySeeRounds(me: Me): boolean {
  return isRegionStaff(me) || hasRole(me, 'admin');
}

/** Who may plan, move and confirm rounds (the API's rule for POST /api/rounds and what follows). */
export function mayPlanRounds(me: Me): boolean {
  return hasRole(me, 'coordinator', 'admin');
}

/** Who may create follow-up actions (the API's rule for POST /api/actions); the API still decides the owner. */
export function mayCreateActions(me: Me): boolean {
  return hasRole(me, 'admin', 'coordinator', 'secretary');
}
