import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { OrganizationService } from '../../organization/organization.service.js';
import { PersonService } from '../../person/person.service.js';
import { toLocalIso } from '../meeting-time.js';
import type { MeetingView } from '../meeting.dto.js';
import type { MeetingRecord } from '../meeting.repository.js';

/** Meetings as the API shows them: names of organizations and current participants, local times. */
@Injectable()
export class MeetingViews {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async one(record: MeetingRecord): Promise<MeetingView> {
    return (await this.many([record]))[0];
  }

  async many(records: readonly MeetingRecord[]): Promise<MeetingView[]> {
    const organizationIds = [...new Set(records.flatMap((record) => record.organizationIds))];
    const personIds = [
      ...new Set(
        records.flatMap((record) =>
          record.participants.filter((row) => row.removedAt === null).map((row) => row.personId),
        ),
      ),
    ];
    const organizations = new Map(
      (await this.organizations.findByIds(organizationIds)).map((org) => [org.id, org]),
    );
    const people = new Map(
      (await this.people.findByIdsWithGuests(personIds)).map((person) => [person.id, person]),
    );
    const zone = this.config.timeZone;
    return records.map(({ meeting, organizationIds: links, participants }) => ({
      id: meeting.id,
      uid: meeting.uid,
      sequence: meeting.sequence,
      regionId: meeting.regionId,
      roundId: meeting.roundId,
      title: meeting.title,
      description: meeting.description,
      status: meeting.status,
      mode: meeting.mode,
      locationAddress: meeting.locationAddress,
      videoUrl: meeting.videoUrl,
      cancelReason: meeting.cancelReason,
      caseNumber: meeting.caseNumber,
      startAt: meeting.startAt.toISOString(),
      endAt: meeting.endAt.toISOString(),
      startLocal: toLocalIso(meeting.startAt, zone),
      endLocal: toLocalIso(meeting.endAt, zone),
      timeZone: zone,
      organizations: links.map((id) => ({ id, name: organizations.get(id)?.name ?? '' })),
      participants: participants
        .filter((row) => row.removedAt === null)
        .map((row) => {
          const person = people.get(row.personId);
          return {
            personId: row.personId,
            name: person?.name ?? null,
            email: person?.email ?? null,
            organizationId: person && !person.guest ? person.organizationId : null,
            guest: person?.guest ?? false,
            role: row.role,
            partstat: row.partstat,
            respondedAt: row.respondedAt?.toISOString() ?? null,
            delegatedToPersonId: row.partstat === 'DELEGATED' ? row.delegatedToPersonId : null,
            delegatedFromPersonId: row.delegatedFromPersonId,
          };
        }),
      createdBy: meeting.createdBy,
      createdAt: meeting.createdAt.toISOString(),
      updatedAt: meeting.updatedAt.toISOString(),
      version: meeting.version,
    }));
  }
}
