import { DomainError } from '../common/errors/domain-error.js';

export enum CalendarErrorCode {
  /** The input to a builder breaks an invariant (empty UID, end before start, duplicate attendee, …). */
  InvalidInput = 'CALENDAR_INVALID_INPUT',
  /** No VTIMEZONE is known for the configured business time zone. */
  UnknownTimeZone = 'CALENDAR_UNKNOWN_TIME_ZONE',
  /** The METHOD inside an iCalendar object differs from the method= of its MIME part. */
  MethodMismatch = 'CALENDAR_METHOD_MISMATCH',
  ReplyTooLarge = 'CALENDAR_REPLY_TOO_LARGE',
  ReplyMalformed = 'CALENDAR_REPLY_MALFORMED',
  ReplyNotAReply = 'CALENDAR_REPLY_NOT_A_REPLY',
  /** A REPLY must carry exactly one VEVENT (we never send series). */
  ReplyEventCount = 'CALENDAR_REPLY_EVENT_COUNT',
  /** A REPLY must carry exactly one ATTENDEE: the person answering (RFC 5546 §3.2.3). */
  ReplyAttendeeCount = 'CALENDAR_REPLY_ATTENDEE_COUNT',
  ReplyInvalidAttendee = 'CALENDAR_REPLY_INVALID_ATTENDEE',
  ReplyInvalidPartstat = 'CALENDAR_REPLY_INVALID_PARTSTAT',
}

/** Every failure of the calendar building block; kind `invalid` (the caller's input is at fault). */
export class CalendarError extends DomainError {
  constructor(
    override readonly code: CalendarErrorCode,
    message: string,
    details?: unknown,
  ) {
    super('invalid', code, message, details);
  }
}
