import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum MinutesErrorCode {
  MeetingCancelled = 'MINUTES_MEETING_CANCELLED',
  /** Minutes go to the adjusters only once the meeting has started. */
  MeetingNotStarted = 'MINUTES_MEETING_NOT_STARTED',
  /** Locked minutes change only after POST …/minutes/reopen. */
  Locked = 'MINUTES_LOCKED',
  /** With the adjusters: they are returned (or resubmitted) before they change. */
  UnderReview = 'MINUTES_UNDER_REVIEW',
  NotUnderReview = 'MINUTES_NOT_UNDER_REVIEW',
  NotLocked = 'MINUTES_NOT_LOCKED',
  /** Nothing recorded yet: there is nothing to submit. */
  Empty = 'MINUTES_EMPTY',
  VersionConflict = 'MINUTES_VERSION_CONFLICT',
  /** A part (an item, the attendance, an action) changed since the version the save started from. */
  PartConflict = 'MINUTES_PART_CONFLICT',
  /** No action with this id in the minutes (never written, or deleted). */
  ActionNotFound = 'MINUTES_ACTION_NOT_FOUND',
  UnknownAgendaItem = 'MINUTES_UNKNOWN_AGENDA_ITEM',
  /** Attendance names a person who is not invited to the meeting. */
  NotInvited = 'MINUTES_NOT_INVITED',
  InvalidActionOwner = 'MINUTES_INVALID_ACTION_OWNER',
  /** An action already created from these minutes is kept as it is (change it under /api/actions). */
  ActionAlreadyCreated = 'MINUTES_ACTION_ALREADY_CREATED',
  /** The agreement names no adjuster for a party and the body names none. */
  AdjustersRequired = 'MINUTES_ADJUSTERS_REQUIRED',
  InvalidAdjuster = 'MINUTES_INVALID_ADJUSTER',
  InvalidDeadline = 'MINUTES_INVALID_DEADLINE',
  AlreadyDecided = 'MINUTES_ALREADY_DECIDED',
  ApprovalLinkNotFound = 'MINUTES_APPROVAL_LINK_NOT_FOUND',
  /** The review the link belongs to is over (decided, returned, superseded or locked). */
  ApprovalLinkClosed = 'MINUTES_APPROVAL_LINK_CLOSED',
  /** No archive package of this revision (the minutes were never locked as often). */
  ArchivePackageNotFound = 'MINUTES_ARCHIVE_PACKAGE_NOT_FOUND',
  /** Archive packages are the region's records: its coordinators, secretaries and admins fetch them. */
  ArchiveRegionOnly = 'MINUTES_ARCHIVE_REGION_ONLY',
}

const KIND_BY_CODE: Record<MinutesErrorCode, ErrorKind> = {
  [MinutesErrorCode.MeetingCancelled]: 'conflict',
  [MinutesErrorCode.MeetingNotStarted]: 'conflict',
  [MinutesErrorCode.Locked]: 'conflict',
  [MinutesErrorCode.UnderReview]: 'conflict',
  [MinutesErrorCode.NotUnderReview]: 'conflict',
  [MinutesErrorCode.NotLocked]: 'conflict',
  [MinutesErrorCode.Empty]: 'conflict',
  [MinutesErrorCode.VersionConflict]: 'conflict',
  [MinutesErrorCode.PartConflict]: 'conflict',
  [MinutesErrorCode.ActionNotFound]: 'not_found',
  [MinutesErrorCode.UnknownAgendaItem]: 'invalid',
  [MinutesErrorCode.NotInvited]: 'invalid',
  [MinutesErrorCode.InvalidActionOwner]: 'invalid',
  [MinutesErrorCode.ActionAlreadyCreated]: 'conflict',
  [MinutesErrorCode.AdjustersRequired]: 'invalid',
  [MinutesErrorCode.InvalidAdjuster]: 'invalid',
  [MinutesErrorCode.InvalidDeadline]: 'invalid',
  [MinutesErrorCode.AlreadyDecided]: 'conflict',
  [MinutesErrorCode.ApprovalLinkNotFound]: 'not_found',
  [MinutesErrorCode.ApprovalLinkClosed]: 'gone',
  [MinutesErrorCode.ArchivePackageNotFound]: 'not_found',
  [MinutesErrorCode.ArchiveRegionOnly]: 'forbidden',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const MINUTES_ERROR_MESSAGES: ErrorMessages<MinutesErrorCode> = {
  [MinutesErrorCode.MeetingCancelled]: { sv: 'Mötet är inställt', en: 'The meeting is cancelled' },
  [MinutesErrorCode.MeetingNotStarted]: {
    sv: 'Mötet har inte börjat: protokollet går till justerarna när mötet har ägt rum',
    en: 'The meeting has not started: its minutes go to the adjusters once it has taken place',
  },
  [MinutesErrorCode.Locked]: {
    sv: 'Protokollet är justerat och låst; öppna det igen (POST …/minutes/reopen) för att ändra det',
    en: 'The minutes are approved and locked; reopen them (POST …/minutes/reopen) to change them',
  },
  [MinutesErrorCode.UnderReview]: {
    sv: 'Protokollet är hos justerarna; det kan ändras när det har skickats tillbaka (eller skicka det igen)',
    en: 'The minutes are with the adjusters; they change once returned (or submit them again)',
  },
  [MinutesErrorCode.NotUnderReview]: {
    sv: 'Protokollet är inte hos justerarna',
    en: 'The minutes are not with the adjusters',
  },
  [MinutesErrorCode.NotLocked]: {
    sv: 'Bara ett låst protokoll kan öppnas igen',
    en: 'Only locked minutes are reopened',
  },
  [MinutesErrorCode.Empty]: {
    sv: 'Inget har skrivits i protokollet ännu',
    en: 'Nothing has been recorded in the minutes yet',
  },
  [MinutesErrorCode.VersionConflict]: {
    sv: 'Protokollet har ändrats av någon annan; hämta det igen (version {currentVersion})',
    en: 'The minutes were changed by someone else; fetch them again (version {currentVersion})',
  },
  [MinutesErrorCode.PartConflict]: {
    sv: 'Den här delen av protokollet har ändrats av någon annan sedan version {baseVersion}; jämför med den nuvarande (version {currentVersion}) och spara igen',
    en: 'This part of the minutes was changed by someone else since version {baseVersion}; compare with the current one (version {currentVersion}) and save again',
  },
  [MinutesErrorCode.ActionNotFound]: {
    sv: 'Åtgärden finns inte i protokollet',
    en: 'No such action in the minutes',
  },
  [MinutesErrorCode.UnknownAgendaItem]: {
    sv: 'Inte en punkt på mötets dagordning',
    en: 'Not an item on this meeting’s agenda',
  },
  [MinutesErrorCode.NotInvited]: {
    sv: 'Närvaro förs för kallade personer; lägg till andra som gäster',
    en: 'Attendance is recorded for invited people; add others as guests',
  },
  [MinutesErrorCode.InvalidActionOwner]: {
    sv: 'En åtgärds ansvarige ska vara en person i den ansvariga organisationen, i regionen eller i en av mötets kommuner',
    en: 'An action’s owner must be a person of its owner organization, the region or a municipality of the meeting',
  },
  [MinutesErrorCode.ActionAlreadyCreated]: {
    sv: 'Åtgärden skapades när protokollet låstes; ändra den under /api/actions',
    en: 'This action was created when the minutes were locked; change it under /api/actions',
  },
  [MinutesErrorCode.AdjustersRequired]: {
    sv: 'Överenskommelsen anger ingen justerare för varje part: ange justerarna i förfrågan',
    en: 'The agreement names no adjuster for every party: name the adjusters in the body',
  },
  [MinutesErrorCode.InvalidAdjuster]: {
    sv: 'Justerare ska vara personer i regionen eller i mötets kommuner',
    en: 'Adjusters are people of the region or of the meeting’s municipalities',
  },
  [MinutesErrorCode.InvalidDeadline]: {
    sv: 'Sista dag för justering måste ligga i framtiden',
    en: 'The deadline must lie in the future',
  },
  [MinutesErrorCode.AlreadyDecided]: {
    sv: 'Du har redan tagit ställning till protokollet',
    en: 'You have already decided on these minutes',
  },
  [MinutesErrorCode.ApprovalLinkNotFound]: { sv: 'Justeringslänken finns inte', en: 'No such approval link' },
  [MinutesErrorCode.ApprovalLinkClosed]: {
    sv: 'Justeringslänken är inte längre öppen',
    en: 'The approval link is no longer open',
  },
  [MinutesErrorCode.ArchivePackageNotFound]: {
    sv: 'Det finns inget arkivpaket av den versionen av protokollet',
    en: 'No archive package of that revision of the minutes',
  },
  [MinutesErrorCode.ArchiveRegionOnly]: {
    sv: 'Arkivpaketen hämtas av regionens samordnare, sekreterare och administratörer',
    en: 'Archive packages are fetched by the region’s coordinators, secretaries and admins',
  },
};
registerErrorMessages(MINUTES_ERROR_MESSAGES);

export class MinutesException extends DomainError {
  constructor(code: MinutesErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** 409 with the server's part, so that a client shows both versions side by side. */
  static partConflict(
    part: 'item' | 'attendance' | 'action',
    key: string | null,
    baseVersion: number | null,
    currentVersion: number,
    current: unknown,
  ): MinutesException {
    return new MinutesException(
      MinutesErrorCode.PartConflict,
      'This part of the minutes was changed by someone else',
      { part, key, baseVersion, currentVersion, current },
    );
  }

  static locked(): MinutesException {
    return new MinutesException(
      MinutesErrorCode.Locked,
      'The minutes are approved and locked; reopen them (POST …/minutes/reopen) to change them',
    );
  }
}
