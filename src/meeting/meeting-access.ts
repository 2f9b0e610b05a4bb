import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TenantScope } from '../common/auth/tenant-scope.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { MeetingRecord } from './meeting.repository.js';

/**
 * Admins, and a region's coordinators and secretaries, create and change meetings. Municipality people see
 * their meetings and answer invitations but do not change them (docs/adr/0005).
 */
export function assertMayManage(user: AuthenticatedUser): void {
  if (hasRole(user, 'admin')) return;
  if (user.organizationKind === 'region' && hasRole(user, 'coordinator', 'secretary')) return;
  throw new ForbiddenError('Only the region’s coordinators and secretaries change meetings');
}

/**
 * The region sees its meetings; a municipality sees those it takes part in; a person of an external
 * organization those they are a participant of (not removed).
 */
export function isVisible(user: AuthenticatedUser, record: MeetingRecord): boolean {
  const scope = TenantScope.of(user);
  const regionId = record.meeting.regionId;
  return (
    scope.includes({ id: regionId, parentId: null }) ||
    record.organizationIds.some((id) => scope.includes({ id, parentId: regionId })) ||
    (scope.participantId !== null &&
      record.participants.some(
        (participant) => participant.personId === scope.participantId && participant.removedAt === null,
      ))
  );
}
