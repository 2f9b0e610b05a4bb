import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, hasRole } from '../../common/auth/authenticated-user.js';
import { OrganizationService } from '../../organization/organization.service.js';
import { PersonService } from '../../person/person.service.js';
import type { ParticipantRole } from '../meeting.entity.js';
import { MeetingErrorCode, MeetingException } from '../meeting.exception.js';

export interface ParticipantInput {
  personId: string;
  role: ParticipantRole;
}

/** What a new or changed meeting links to must exist and belong to its region. */
@Injectable()
export class MeetingChecks {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
  ) {}

  /**
   * The region of the meeting: every organization must be a municipality of it. For people of a region that
   * is their own region; an admin may act for any region, one region per meeting. Unknown and foreign ids
   * get the same answer.
   */
  async resolveOrganizations(
    user: AuthenticatedUser,
    ids: readonly string[],
    requiredRegionId?: string,
  ): Promise<string> {
    const found = new Map((await this.organizations.findByIds(ids)).map((org) => [org.id, org]));
    const isAdmin = hasRole(user, 'admin');
    const regionId =
      requiredRegionId ??
      (isAdmin
        ? ([...found.values()].find((org) => org.kind === 'municipality')?.parentId ?? null)
        : user.regionId);
    const allowed = (id: string): boolean => {
      const org = found.get(id);
      if (!org || org.kind !== 'municipality' || org.parentId !== regionId) return false;
      return isAdmin || org.parentId === user.regionId;
    };
    const bad = ids.filter((id) => !allowed(id));
    if (bad.length > 0 || !regionId) throw invalidOrganizations(bad);
    return regionId;
  }

  /**
   * Participants are people (not deleted) of the region, of one of the meeting's organizations or of an
   * external organization of the region, or guests invited to this very meeting (`meetingId`, when the
   * meeting exists already).
   */
  async assertParticipantsBelong(
    regionId: string,
    organizationIds: readonly string[],
    participants: readonly ParticipantInput[],
    meetingId?: string,
  ): Promise<void> {
    if (participants.length === 0) return;
    const people = await this.people.findMemberships(participants.map((participant) => participant.personId));
    const others = people.filter(
      (person) =>
        person.guestMeetingId === null &&
        person.organizationId !== regionId &&
        !organizationIds.includes(person.organizationId),
    );
    const externals = new Set(
      (await this.organizations.findByIds(others.map((person) => person.organizationId)))
        .filter((organization) => organization.kind === 'external' && organization.parentId === regionId)
        .map((organization) => organization.id),
    );
    const found = new Map(people.map((person) => [person.id, person]));
    const belongs = (personId: string): boolean => {
      const person = found.get(personId);
      if (!person) return false;
      if (person.guestMeetingId !== null)
        return meetingId !== undefined && person.guestMeetingId === meetingId;
      return (
        person.organizationId === regionId ||
        organizationIds.includes(person.organizationId) ||
        externals.has(person.organizationId)
      );
    };
    const bad = participants.map((participant) => participant.personId).filter((id) => !belongs(id));
    if (bad.length > 0) {
      throw new MeetingException(
        MeetingErrorCode.InvalidParticipant,
        'Participants must be people of the region, of the meeting’s municipalities or of the region’s ' +
          'external organizations, or guests of this meeting',
        { personIds: bad },
      );
    }
  }
}

export function invalidOrganizations(organizationIds: readonly string[]): MeetingException {
  return new MeetingException(
    MeetingErrorCode.InvalidOrganization,
    'Organizations must be municipalities of your region',
    { organizationIds },
  );
}
