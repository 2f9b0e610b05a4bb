import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { RoundEntity } from './round.entity.js';

/** Admins, and a region's coordinators, plan rounds. */
export function assertMayPlan(user: AuthenticatedUser): void {
  if (hasRole(user, 'admin')) return;
  if (user.organizationKind === 'region' && hasRole(user, 'coordinator')) return;
  throw new ForbiddenError('Only the region’s coordinators plan rounds');
}

/** The region whose rounds the caller sees; undefined for a municipality's people. */
export function visibleRegionOf(user: AuthenticatedUser): string | undefined {
  return user.organizationKind === 'region' ? user.organizationId : undefined;
}

/** Rounds are the region's internal planning: admins and the region's own people see them. */
export function isVisible(user: AuthenticatedUser, round: Pick<RoundEntity, 'regionId'>): boolean {
  return hasRole(user, 'admin') || visibleRegionOf(user) === round.regionId;
}
