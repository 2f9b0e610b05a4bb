import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  MeetingEntity,
  MeetingOrganizationEntity,
  MeetingParticipantEntity,
  type MeetingStatus,
  type Partstat,
} from '../../src/meeting/meeting.entity';

export interface MeetingRowInput {
  regionId: string;
  organizationIds: string[];
  participants: Array<{ personId: string; partstat?: Partstat; removed?: boolean }>;
  start: Date;
  minutes?: number;
  title?: string;
  status?: MeetingStatus;
  sequence?: number;
  location?: string;
}

export interface MeetingRow {
  id: string;
  uid: string;
  sequence: number;
}

/**
 * A meeting written straight to the tables, for tests of features that read meetings (feeds, replies)
 * without going through the meetings API.
 */
export async function insertMeetingRow(dataSource: DataSource, input: MeetingRowInput): Promise<MeetingRow> {
  return dataSource.transaction(async (manager) => {
    const meeting = await manager.save(
      MeetingEntity,
      manager.create(MeetingEntity, {
        uid: `${randomUUID()}@test.samverkan.se`,
        sequence: input.sequence ?? 0,
        regionId: input.regionId,
        roundId: null,
        title: input.title ?? 'Samverkansmöte',
        description: null,
        startAt: input.start,
        endAt: new Date(input.start.getTime() + (input.minutes ?? 90) * 60_000),
        status: input.status ?? 'confirmed',
        mode: input.location ? 'onsite' : 'digital',
        locationAddress: input.location ?? null,
        videoUrl: input.location ? null : 'https://video.example.se/m/1',
        cancelReason: null,
        createdBy: null,
      }),
    );
    for (const organizationId of input.organizationIds) {
      await manager.insert(MeetingOrganizationEntity, { meetingId: meeting.id, organizationId });
    }
    for (const participant of input.participants) {
      await manager.insert(MeetingParticipantEntity, {
        meetingId: meeting.id,
        personId: participant.personId,
        role: 'required',
        partstat: participant.partstat ?? 'NEEDS-ACTION',
        removedAt: participant.removed ? new Date() : null,
      });
    }
    return { id: meeting.id, uid: meeting.uid, sequence: meeting.sequence };
  });
}
