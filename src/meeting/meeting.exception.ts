import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

export enum MeetingErrorCode {
  NotFound = 'MEETING_NOT_FOUND',
  EndBeforeStart = 'MEETING_END_BEFORE_START',
  DurationExceedsWorkingDay = 'MEETING_DURATION_EXCEEDS_WORKING_DAY',
  /** An organization in the body is unknown or not a municipality of the caller's region (same answer). */
  InvalidOrganization = 'MEETING_INVALID_ORGANIZATION',
  /** A person in the body is unknown, deleted, or of no organization of the meeting (same answer). */
  InvalidParticipant = 'MEETING_INVALID_PARTICIPANT',
  /** A participant has another meeting, not cancelled, at an overlapping time. */
  Collision = 'MEETING_COLLISION',
  /** Cancelled and held meetings are final. */
  NotEditable = 'MEETING_NOT_EDITABLE',
  InvalidTransition = 'MEETING_INVALID_TRANSITION',
  NotEnded = 'MEETING_NOT_ENDED',
  VersionConflict = 'MEETING_VERSION_CONFLICT',
}

const KIND_BY_CODE: Record<MeetingErrorCode, ErrorKind> = {
  [MeetingErrorCode.NotFound]: 'not_found',
  [MeetingErrorCode.EndBeforeStart]: 'invalid',
  [MeetingErrorCode.DurationExceedsWorkingDay]: 'invalid',
  [MeetingErrorCode.InvalidOrganization]: 'invalid',
  [MeetingErrorCode.InvalidParticipant]: 'invalid',
  [MeetingErrorCode.Collision]: 'conflict',
  [MeetingErrorCode.NotEditable]: 'conflict',
  [MeetingErrorCode.InvalidTransition]: 'conflict',
  [MeetingErrorCode.NotEnded]: 'conflict',
  [MeetingErrorCode.VersionConflict]: 'conflict',
};

/** One participant's clash with another meeting, as reported in MEETING_COLLISION's details. */
export interface MeetingCollision {
  personId: string;
  meetingId: string;
  startAt: string;
  endAt: string;
}

export class MeetingException extends DomainError {
  constructor(code: MeetingErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** The same answer for a missing id and for one outside the caller's scope (docs/adr/0003). */
  static notFound(): MeetingException {
    return new MeetingException(MeetingErrorCode.NotFound, 'Meeting not found');
  }

  static collision(collisions: MeetingCollision[], context: Record<string, unknown> = {}): MeetingException {
    return new MeetingException(
      MeetingErrorCode.Collision,
      'A participant has another meeting at that time',
      { ...context, collisions },
    );
  }
}
