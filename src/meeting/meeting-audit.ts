import type { ParticipantRole } from './meeting.entity.js';
import type { MeetingRecord, NewMeetingWithLinks } from './meeting.repository.js';

/** The audit summary of a meeting just written, from what was written (SEQUENCE 0, not cancelled). */
export function auditSummaryOfNew(record: NewMeetingWithLinks): Record<string, unknown> {
  return summarize(
    { ...record.meeting, sequence: 0, cancelReason: null },
    [...record.organizationIds].sort(),
    record.participants,
  );
}

/** The audit summary of a stored meeting: its fields, organizations and current participants with roles. */
export function auditSummary(record: MeetingRecord): Record<string, unknown> {
  return summarize(
    record.meeting,
    record.organizationIds,
    record.participants.filter((row) => row.removedAt === null),
  );
}

function summarize(
  meeting: Pick<
    MeetingRecord['meeting'],
    | 'title'
    | 'startAt'
    | 'endAt'
    | 'status'
    | 'mode'
    | 'locationAddress'
    | 'videoUrl'
    | 'sequence'
    | 'roundId'
    | 'cancelReason'
    | 'caseNumber'
  >,
  organizationIds: readonly string[],
  participants: ReadonlyArray<{ personId: string; role: ParticipantRole }>,
): Record<string, unknown> {
  return {
    title: meeting.title,
    startAt: meeting.startAt.toISOString(),
    endAt: meeting.endAt.toISOString(),
    status: meeting.status,
    mode: meeting.mode,
    locationAddress: meeting.locationAddress,
    videoUrl: meeting.videoUrl,
    sequence: meeting.sequence,
    roundId: meeting.roundId,
    cancelReason: meeting.cancelReason,
    caseNumber: meeting.caseNumber,
    organizationIds: [...organizationIds],
    participants: participants.map((row) => `${row.personId}:${row.role}`),
  };
}
