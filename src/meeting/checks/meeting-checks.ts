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

  /** Participants are people (not deleted) of the region or of one of the meeting's organizations. */
  async assertParticipantsBelong(
    regionId: string,
    organizationIds: readonly string[],
    participants: readonly ParticipantInput[],
  ): Promise<void> {
    if (participants.length === 0) return;
    const allowedOrganizations = new Set([regionId, ...organizationIds]);
    const found = new Map(
      (await this.people.findByIds(participants.map((participant) => participant.personId))).map((person) => [
        person.id,
        person,
      ]),
    );
    const bad = participants
      .map((participant) => participant.personId)
      .filter((personId) => {
        const person = found.get(personId);
        return !person || !allowedOrganizations.has(person.organizationId);
      });
    if (bad.length > 0) {
      throw new MeetingException(
        MeetingErrorCode.InvalidParticipant,
        'Participants must be people of the region or of the meeting’s municipalities',
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
