import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

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

const MEETING_STATUS_SV: Record<string, string> = {
  planned: 'planerat',
  confirmed: 'bekräftat',
  held: 'genomfört',
  cancelled: 'inställt',
};

function meetingStatusSv(status: unknown): string {
  return MEETING_STATUS_SV[String(status)] ?? String(status);
}

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const MEETING_ERROR_MESSAGES: ErrorMessages<MeetingErrorCode> = {
  [MeetingErrorCode.NotFound]: { sv: 'Mötet finns inte', en: 'Meeting not found' },
  [MeetingErrorCode.EndBeforeStart]: {
    sv: 'Mötet måste sluta efter att det börjar',
    en: 'The meeting must end after it starts',
  },
  [MeetingErrorCode.DurationExceedsWorkingDay]: {
    sv: 'Ett möte varar högst en arbetsdag ({maxMinutes} minuter)',
    en: 'A meeting lasts at most a working day ({maxMinutes} minutes)',
  },
  [MeetingErrorCode.InvalidOrganization]: {
    sv: 'Organisationerna ska vara kommuner i din region',
    en: 'Organizations must be municipalities of your region',
  },
  [MeetingErrorCode.InvalidParticipant]: {
    sv: 'Deltagarna ska vara personer i regionen, i mötets kommuner eller i regionens externa organisationer, eller gäster i just detta möte',
    en: 'Participants must be people of the region, of the meeting’s municipalities or of the region’s external organizations, or guests of this meeting',
  },
  [MeetingErrorCode.Collision]: {
    sv: 'En deltagare har ett annat möte vid den tiden',
    en: 'A participant has another meeting at that time',
  },
  [MeetingErrorCode.NotEditable]: {
    sv: (d) => `Ett ${meetingStatusSv(d.status)} möte kan inte längre ändras`,
    en: 'A {status} meeting can no longer change',
  },
  [MeetingErrorCode.InvalidTransition]: {
    sv: (d) => `Ett ${meetingStatusSv(d.from)} möte kan inte bli ${meetingStatusSv(d.to)}`,
    en: 'A {from} meeting cannot become {to}',
  },
  [MeetingErrorCode.NotEnded]: {
    sv: 'Ett möte kan markeras som genomfört först när det har slutat',
    en: 'A meeting is held only after its end',
  },
  [MeetingErrorCode.VersionConflict]: {
    sv: 'Mötet har ändrats av någon annan; hämta det igen (version {currentVersion})',
    en: 'The meeting was changed by someone else; fetch it again (version {currentVersion})',
  },
};
registerErrorMessages(MEETING_ERROR_MESSAGES);

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
