import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum OverviewErrorCode {
  NotFound = 'OVERVIEW_NOT_FOUND',
}

const KIND_BY_CODE: Record<OverviewErrorCode, ErrorKind> = {
  [OverviewErrorCode.NotFound]: 'not_found',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const OVERVIEW_ERROR_MESSAGES: ErrorMessages<OverviewErrorCode> = {
  [OverviewErrorCode.NotFound]: {
    sv: 'Det finns ingen översikt för den här organisationen',
    en: 'No overview for this organization',
  },
};
registerErrorMessages(OVERVIEW_ERROR_MESSAGES);

export class OverviewException extends DomainError {
  constructor(code: OverviewErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** A missing id, a region, and a municipality outside the caller's scope answer alike (docs/adr/0003). */
  static notFound(): OverviewException {
    return new OverviewException(OverviewErrorCode.NotFound, 'No overview for this organization');
  }
}
