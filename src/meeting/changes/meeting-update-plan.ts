import type { MeetingChange } from '../meeting-change.js';
import { assertEditable, assertTimes, assertTransition } from '../meeting-rules.js';
import { parseInstant } from '../meeting-time.js';
import type { UpdateMeetingInput } from '../meeting.dto.js';
import type { MeetingEntity, ParticipantRole } from '../meeting.entity.js';

export interface PlannedParticipant {
  personId: string;
  role: ParticipantRole;
}

/** The meeting as stored, locked for the update. */
export interface MeetingUpdateCurrent {
  meeting: Pick<
    MeetingEntity,
    | 'id'
    | 'title'
    | 'description'
    | 'startAt'
    | 'endAt'
    | 'status'
    | 'mode'
    | 'locationAddress'
    | 'videoUrl'
    | 'sequence'
    | 'caseNumber'
  >;
  organizationIds: readonly string[];
  participants: ReadonlyArray<{ personId: string; role: ParticipantRole; removedAt: Date | null }>;
}

export type MeetingFieldChanges = Partial<
  Pick<
    MeetingEntity,
    | 'title'
    | 'description'
    | 'startAt'
    | 'endAt'
    | 'mode'
    | 'locationAddress'
    | 'videoUrl'
    | 'status'
    | 'sequence'
    | 'caseNumber'
  >
>;

/** What a PATCH changes, decided before anything is written (MeetingChanges.update carries it out). */
export interface MeetingUpdatePlan {
  /** The meeting's new column values (only those that differ); SEQUENCE + 1 when rescheduled. */
  fields: MeetingFieldChanges;
  start: Date;
  end: Date;
  /** The organizations asked for, to check against the meeting's region; undefined when not asked. */
  requestedOrganizationIds: readonly string[] | undefined;
  /** The new list of organizations when it differs from the stored one. */
  organizationIds: readonly string[] | null;
  /** The participants after the change, and whether they must be checked to belong (new people or organizations). */
  participants: readonly PlannedParticipant[];
  checkParticipants: boolean;
  added: readonly PlannedParticipant[];
  removedPersonIds: readonly string[];
  roleChanges: readonly PlannedParticipant[];
  /** Who could now clash: everyone when the time moves, otherwise only the people added. */
  collisionCheckPersonIds: readonly string[];
  /** The meeting row changes (save) or only its links (touch: version and updatedAt). */
  meetingChanged: boolean;
  linksChanged: boolean;
  /** For the listeners (invitations, agendas, reminders), in this order. */
  events: MeetingChange[];
}

/**
 * Diffs a PATCH against the meeting as stored: time, place, status, organizations, participants and roles;
 * checks what needs no database (editable, times, status transition); applies the SEQUENCE rule (one step
 * per change however many of time, place and status changed together, docs/adr/0005); and names the change
 * events. Pure: the caller checks organizations, people and collisions with the database.
 */
export function planMeetingUpdate(
  current: MeetingUpdateCurrent,
  request: UpdateMeetingInput,
  now = new Date(),
): MeetingUpdatePlan {
  const meeting = current.meeting;
  // The registry's number is filed after the fact too: a PATCH of it alone passes on a held or cancelled meeting.
  const onlyCaseNumber = Object.keys(request).every((key) => key === 'caseNumber' || key === 'version');
  if (!onlyCaseNumber) assertEditable(meeting.status);
  const start = request.start !== undefined ? parseInstant(request.start) : meeting.startAt;
  const end = request.end !== undefined ? parseInstant(request.end) : meeting.endAt;
  assertTimes(start, end);
  const timeChanged =
    start.getTime() !== meeting.startAt.getTime() || end.getTime() !== meeting.endAt.getTime();
  const placeChanged =
    (request.mode !== undefined && request.mode !== meeting.mode) ||
    (request.locationAddress !== undefined && request.locationAddress !== meeting.locationAddress) ||
    (request.videoUrl !== undefined && request.videoUrl !== meeting.videoUrl);
  const statusChanged = request.status !== undefined && request.status !== meeting.status;
  if (statusChanged) assertTransition(meeting.status, request.status!, end, now);

  const organizationsChanged =
    request.organizationIds !== undefined && !sameSet(request.organizationIds, current.organizationIds);

  const active = current.participants.filter((row) => row.removedAt === null);
  const activeRoles = new Map(active.map((row) => [row.personId, row.role]));
  const participants: PlannedParticipant[] =
    request.participants ?? active.map((row) => ({ personId: row.personId, role: row.role }));
  const targetIds = new Set(participants.map((participant) => participant.personId));
  const added = participants.filter((participant) => !activeRoles.has(participant.personId));
  const removedPersonIds = active.map((row) => row.personId).filter((personId) => !targetIds.has(personId));
  const roleChanges = participants.filter(
    (participant) =>
      activeRoles.has(participant.personId) && activeRoles.get(participant.personId) !== participant.role,
  );

  const titleChanged = request.title !== undefined && request.title !== meeting.title;
  const descriptionChanged = request.description !== undefined && request.description !== meeting.description;
  const rescheduled = timeChanged || placeChanged || statusChanged;
  const fields: MeetingFieldChanges = {};
  if (titleChanged) fields.title = request.title;
  if (descriptionChanged) fields.description = request.description;
  if (timeChanged) Object.assign(fields, { startAt: start, endAt: end });
  if (request.mode !== undefined && request.mode !== meeting.mode) fields.mode = request.mode;
  if (request.locationAddress !== undefined && request.locationAddress !== meeting.locationAddress) {
    fields.locationAddress = request.locationAddress;
  }
  if (request.videoUrl !== undefined && request.videoUrl !== meeting.videoUrl)
    fields.videoUrl = request.videoUrl;
  if (statusChanged) fields.status = request.status;
  if (rescheduled) fields.sequence = meeting.sequence + 1;
  const caseNumberChanged = request.caseNumber !== undefined && request.caseNumber !== meeting.caseNumber;
  if (caseNumberChanged) fields.caseNumber = request.caseNumber;

  const events: MeetingChange[] = [];
  if (rescheduled)
    events.push({ kind: 'rescheduled', meetingId: meeting.id, sequence: meeting.sequence + 1 });
  if (titleChanged || descriptionChanged || organizationsChanged || roleChanges.length > 0) {
    events.push({ kind: 'details', meetingId: meeting.id });
  }
  if (added.length > 0 || removedPersonIds.length > 0) {
    events.push({
      kind: 'participants',
      meetingId: meeting.id,
      addedPersonIds: added.map((participant) => participant.personId),
      removedPersonIds,
    });
  }

  return {
    fields,
    start,
    end,
    requestedOrganizationIds: request.organizationIds,
    organizationIds: organizationsChanged ? request.organizationIds! : null,
    participants,
    checkParticipants: request.participants !== undefined || organizationsChanged,
    added,
    removedPersonIds,
    roleChanges,
    collisionCheckPersonIds: timeChanged ? [...targetIds] : added.map((participant) => participant.personId),
    meetingChanged: rescheduled || titleChanged || descriptionChanged || caseNumberChanged,
    linksChanged:
      organizationsChanged || added.length > 0 || removedPersonIds.length > 0 || roleChanges.length > 0,
    events,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((id) => set.has(id));
}
