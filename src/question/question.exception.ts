import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

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
