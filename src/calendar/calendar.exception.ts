import { DomainError } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

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

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const CALENDAR_ERROR_MESSAGES: ErrorMessages<CalendarErrorCode> = {
  [CalendarErrorCode.InvalidInput]: {
    sv: 'Kalenderhändelsen går inte att skapa av dessa uppgifter',
    en: 'The calendar event cannot be built from this input',
  },
  [CalendarErrorCode.UnknownTimeZone]: { sv: 'Okänd tidszon {zone}', en: 'Unknown time zone {zone}' },
  [CalendarErrorCode.MethodMismatch]: {
    sv: 'METHOD i kalenderobjektet skiljer sig från MIME-delens method=',
    en: 'The METHOD of the calendar object differs from the method= of its MIME part',
  },
  [CalendarErrorCode.ReplyTooLarge]: {
    sv: 'Kalendersvaret är för stort',
    en: 'The calendar reply is too large',
  },
  [CalendarErrorCode.ReplyMalformed]: {
    sv: 'Kalendersvaret går inte att läsa',
    en: 'The calendar reply cannot be parsed',
  },
  [CalendarErrorCode.ReplyNotAReply]: {
    sv: 'Kalenderobjektet är inget svar (METHOD:REPLY)',
    en: 'The calendar object is not a reply (METHOD:REPLY)',
  },
  [CalendarErrorCode.ReplyEventCount]: {
    sv: 'Ett kalendersvar ska innehålla exakt en händelse',
    en: 'A calendar reply must carry exactly one event',
  },
  [CalendarErrorCode.ReplyAttendeeCount]: {
    sv: 'Ett kalendersvar ska innehålla exakt en deltagare',
    en: 'A calendar reply must carry exactly one attendee',
  },
  [CalendarErrorCode.ReplyInvalidAttendee]: {
    sv: 'Deltagaren i kalendersvaret är inte giltig',
    en: 'The attendee of the calendar reply is not valid',
  },
  [CalendarErrorCode.ReplyInvalidPartstat]: {
    sv: 'Svaret (PARTSTAT) i kalendersvaret är inte giltigt',
    en: 'The answer (PARTSTAT) of the calendar reply is not valid',
  },
};
registerErrorMessages(CALENDAR_ERROR_MESSAGES);

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
