import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum PublicRecordsErrorCode {
  /** `to` lies before `from`. */
  PeriodReversed = 'PUBLIC_RECORDS_PERIOD_REVERSED',
  /** More than PERIOD_MAX_YEARS between `from` and `to`. */
  PeriodTooLong = 'PUBLIC_RECORDS_PERIOD_TOO_LONG',
  /** A municipality outside the caller's region, or no municipality at all: as a missing id. */
  OrganizationNotFound = 'PUBLIC_RECORDS_ORGANIZATION_NOT_FOUND',
}

const KIND_BY_CODE: Record<PublicRecordsErrorCode, ErrorKind> = {
  [PublicRecordsErrorCode.PeriodReversed]: 'invalid',
  [PublicRecordsErrorCode.PeriodTooLong]: 'invalid',
  [PublicRecordsErrorCode.OrganizationNotFound]: 'not_found',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const PUBLIC_RECORDS_ERROR_MESSAGES: ErrorMessages<PublicRecordsErrorCode> = {
  [PublicRecordsErrorCode.PeriodReversed]: {
    sv: 'Periodens slutdatum ligger före startdatumet',
    en: 'The period ends before it starts',
  },
  [PublicRecordsErrorCode.PeriodTooLong]: {
    sv: 'En period omfattar högst {maxYears} år; dela upp begäran',
    en: 'A period spans at most {maxYears} years; split the request',
  },
  [PublicRecordsErrorCode.OrganizationNotFound]: {
    sv: 'Kommunen finns inte i regionen',
    en: 'The municipality is not in the region',
  },
};
registerErrorMessages(PUBLIC_RECORDS_ERROR_MESSAGES);

export class PublicRecordsException extends DomainError {
  constructor(code: PublicRecordsErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }
}
