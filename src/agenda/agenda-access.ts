import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';

/** What access decisions need of a meeting: who its two parties are. */
export interface MeetingParties {
  regionId: string;
  organizations: ReadonlyArray<{ id: string }>;
}

/** The organizations of the two parties: the region and the meeting's municipalities. */
export function partyOrganizationIds(meeting: MeetingParties): Set<string> {
  return new Set([meeting.regionId, ...meeting.organizations.map((organization) => organization.id)]);
}

/**
 * Who keeps a meeting's agenda and minutes: admins, and the coordinators and secretaries of either party
 * (the region or a municipality of the meeting). Participants read, and propose agenda items.
 */
export function isMeetingKeeper(user: AuthenticatedUser, meeting: MeetingParties): boolean {
  if (hasRole(user, 'admin')) return true;
  return hasRole(user, 'coordinator', 'secretary') && partyOrganizationIds(meeting).has(user.organizationId);
}
