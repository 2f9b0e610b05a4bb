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
 * Whether the caller belongs to one of the two parties (or is an admin): only they read items restricted to
 * the parties and the follow-ups of the municipality an agenda carries. A person of an external organization
 * invited to the meeting is not a party (issue 17).
 */
export function isMeetingParty(user: AuthenticatedUser, meeting: MeetingParties): boolean {
  return hasRole(user, 'admin') || partyOrganizationIds(meeting).has(user.organizationId);
}

/**
 * Who keeps a meeting's agenda and minutes: admins, and the coordinators and secretaries of either party
 * (the region or a municipality of the meeting). Participants read, and propose agenda items.
 */
export function isMeetingKeeper(user: AuthenticatedUser, meeting: MeetingParties): boolean {
  if (hasRole(user, 'admin')) return true;
  return hasRole(user, 'coordinator', 'secretary') && partyOrganizationIds(meeting).has(user.organizationId);
}
