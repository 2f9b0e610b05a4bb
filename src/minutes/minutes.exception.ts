import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

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
};

export class MinutesException extends DomainError {
  constructor(code: MinutesErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  static locked(): MinutesException {
    return new MinutesException(
      MinutesErrorCode.Locked,
      'The minutes are approved and locked; reopen them (POST …/minutes/reopen) to change them',
    );
  }
}
