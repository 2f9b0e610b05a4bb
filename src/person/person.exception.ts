import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

export enum PersonErrorCode {
  NotFound = 'PERSON_NOT_FOUND',
  EmailTaken = 'EMAIL_TAKEN',
  RoleNotAllowed = 'ROLE_NOT_ALLOWED',
  CannotDeleteSelf = 'CANNOT_DELETE_SELF',
  LastAdmin = 'LAST_ADMIN',
  VersionConflict = 'PERSON_VERSION_CONFLICT',
}

const KIND_BY_CODE: Record<PersonErrorCode, ErrorKind> = {
  [PersonErrorCode.NotFound]: 'not_found',
  [PersonErrorCode.EmailTaken]: 'conflict',
  [PersonErrorCode.RoleNotAllowed]: 'invalid',
  [PersonErrorCode.CannotDeleteSelf]: 'conflict',
  [PersonErrorCode.LastAdmin]: 'conflict',
  [PersonErrorCode.VersionConflict]: 'conflict',
};

export class PersonException extends DomainError {
  constructor(code: PersonErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** The same answer for a missing or deleted id and for one outside the caller's scope (docs/adr/0003). */
  static notFound(): PersonException {
    return new PersonException(PersonErrorCode.NotFound, 'Person not found');
  }

  static emailTaken(): PersonException {
    return new PersonException(PersonErrorCode.EmailTaken, 'Another person has this email address', {
      field: 'email',
    });
  }
}
