import { Injectable } from '@nestjs/common';
import { AgreementService } from '../../agreement/agreement.service.js';
import {
  isCurrentParticipant,
  type MeetingParticipantSnapshot,
  type MeetingSnapshot,
} from '../../meeting/reads/meeting-snapshots.js';
import type { PersonView } from '../../person/person.dto.js';
import { PersonService } from '../../person/person.service.js';
import type { SubstituteCandidate } from '../invitation.dto.js';

/**
 * Who may be sent in a participant's place: the active people of the participant's own organization who do
 * not take part in the meeting yet. The agreements of the meeting's municipalities may name standing
 * substitutes (for this person, then for anyone of the organization): those come first, in that order, the
 * rest by name.
 */
@Injectable()
export class SubstituteCandidates {
  constructor(
    private readonly people: PersonService,
    private readonly agreements: AgreementService,
  ) {}

  async list(
    meeting: MeetingSnapshot,
    participant: MeetingParticipantSnapshot,
  ): Promise<SubstituteCandidate[]> {
    const available = await this.available(meeting, participant);
    const standing = await this.agreements.findStandingSubstitutes(
      meeting.organizations.map((organization) => organization.id),
      participant.personId,
    );
    const byId = new Map(available.map((person) => [person.id, person]));
    const first = standing.flatMap((id) => {
      const person = byId.get(id);
      return person ? [{ id, name: person.name, standing: true }] : [];
    });
    const named = new Set(first.map((candidate) => candidate.id));
    return [
      ...first,
      ...available
        .filter((person) => !named.has(person.id))
        .map((person) => ({ id: person.id, name: person.name, standing: false })),
    ];
  }

  /**
   * The colleague named by id or address (case-insensitive), or null when there is no such active person
   * in the participant's organization. Whether they already take part is for the caller to say.
   */
  async find(
    participant: MeetingParticipantSnapshot,
    substitute: { personId: string } | { email: string },
  ): Promise<PersonView | null> {
    const colleagues = await this.people.findColleagues(participant.organizationId);
    if ('personId' in substitute)
      return colleagues.find((person) => person.id === substitute.personId) ?? null;
    const email = substitute.email.trim().toLowerCase();
    return colleagues.find((person) => person.email.toLowerCase() === email) ?? null;
  }

  private async available(
    meeting: MeetingSnapshot,
    participant: MeetingParticipantSnapshot,
  ): Promise<PersonView[]> {
    const taking = new Set(meeting.participants.filter(isCurrentParticipant).map((entry) => entry.personId));
    return (await this.people.findColleagues(participant.organizationId)).filter(
      (person) => !taking.has(person.id) && person.id !== participant.personId,
    );
  }
}
