import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum QuestionErrorCode {
  NotFound = 'QUESTION_NOT_FOUND',
  InvalidOwner = 'QUESTION_INVALID_OWNER',
  InvalidLink = 'QUESTION_INVALID_LINK',
  VersionConflict = 'QUESTION_VERSION_CONFLICT',
}

const KIND_BY_CODE: Record<QuestionErrorCode, ErrorKind> = {
  [QuestionErrorCode.NotFound]: 'not_found',
  [QuestionErrorCode.InvalidOwner]: 'invalid',
  [QuestionErrorCode.InvalidLink]: 'invalid',
  [QuestionErrorCode.VersionConflict]: 'conflict',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const QUESTION_ERROR_MESSAGES: ErrorMessages<QuestionErrorCode> = {
  [QuestionErrorCode.NotFound]: { sv: 'Frågan finns inte', en: 'Question not found' },
  [QuestionErrorCode.InvalidOwner]: {
    sv: 'Den ansvariga parten eller personen går inte att välja för frågan',
    en: 'The owner party or person cannot be chosen for this question',
  },
  [QuestionErrorCode.InvalidLink]: {
    sv: '{field}: finns inte eller går inte att koppla för dig',
    en: '{field}: not found or not yours to link',
  },
  [QuestionErrorCode.VersionConflict]: {
    sv: 'Frågan har ändrats av någon annan; hämta den igen (version {currentVersion})',
    en: 'The question was changed by someone else; fetch it again (version {currentVersion})',
  },
};
registerErrorMessages(QUESTION_ERROR_MESSAGES);

export class QuestionException extends DomainError {
  constructor(code: QuestionErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** The same answer for a missing id and for one not raised with the caller's organization. */
  static notFound(): QuestionException {
    return new QuestionException(QuestionErrorCode.NotFound, 'Question not found');
  }

  static invalidLink(field: string, ids: readonly string[]): QuestionException {
    return new QuestionException(QuestionErrorCode.InvalidLink, `${field}: not found or not yours to link`, {
      field,
      ids: [...ids],
    });
  }
}
