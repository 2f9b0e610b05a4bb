import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum CalendarFeedErrorCode {
  /** Unknown token id (API), or an unknown or malformed token (the feed URL). */
  NotFound = 'CALENDAR_FEED_NOT_FOUND',
  /** The token was revoked, or its creator may no longer see what it shows. */
  Revoked = 'CALENDAR_FEED_REVOKED',
  /** Too many active tokens for one person. */
  TokenLimit = 'CALENDAR_FEED_TOKEN_LIMIT',
}

const KIND_BY_CODE: Record<CalendarFeedErrorCode, ErrorKind> = {
  [CalendarFeedErrorCode.NotFound]: 'not_found',
  [CalendarFeedErrorCode.Revoked]: 'gone',
  [CalendarFeedErrorCode.TokenLimit]: 'conflict',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const CALENDAR_FEED_ERROR_MESSAGES: ErrorMessages<CalendarFeedErrorCode> = {
  [CalendarFeedErrorCode.NotFound]: { sv: 'Kalenderflödet finns inte', en: 'Calendar feed not found' },
  [CalendarFeedErrorCode.Revoked]: {
    sv: 'Kalenderflödet är inte längre tillgängligt',
    en: 'This calendar feed is no longer available',
  },
  [CalendarFeedErrorCode.TokenLimit]: {
    sv: 'Du har redan så många kalenderflöden som tillåts; återkalla ett först',
    en: 'You have as many calendar feeds as allowed; revoke one first',
  },
};
registerErrorMessages(CALENDAR_FEED_ERROR_MESSAGES);

export class CalendarFeedException extends DomainError {
  constructor(code: CalendarFeedErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  static notFound(): CalendarFeedException {
    return new CalendarFeedException(CalendarFeedErrorCode.NotFound, 'Calendar feed not found');
  }

  static revoked(): CalendarFeedException {
    return new CalendarFeedException(
      CalendarFeedErrorCode.Revoked,
      'This calendar feed is no longer available',
    );
  }
}
