import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum PersonErrorCode {
  NotFound = 'PERSON_NOT_FOUND',
  EmailTaken = 'EMAIL_TAKEN',
  RoleNotAllowed = 'ROLE_NOT_ALLOWED',
  CannotDeleteSelf = 'CANNOT_DELETE_SELF',
  LastAdmin = 'LAST_ADMIN',
  VersionConflict = 'PERSON_VERSION_CONFLICT',
  PasswordLinkNotFound = 'PASSWORD_LINK_NOT_FOUND',
  PasswordLinkGone = 'PASSWORD_LINK_GONE',
}

const KIND_BY_CODE: Record<PersonErrorCode, ErrorKind> = {
  [PersonErrorCode.NotFound]: 'not_found',
  [PersonErrorCode.EmailTaken]: 'conflict',
  [PersonErrorCode.RoleNotAllowed]: 'invalid',
  [PersonErrorCode.CannotDeleteSelf]: 'conflict',
  [PersonErrorCode.LastAdmin]: 'conflict',
  [PersonErrorCode.VersionConflict]: 'conflict',
  [PersonErrorCode.PasswordLinkNotFound]: 'not_found',
  [PersonErrorCode.PasswordLinkGone]: 'gone',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const PERSON_ERROR_MESSAGES: ErrorMessages<PersonErrorCode> = {
  [PersonErrorCode.NotFound]: { sv: 'Personen finns inte', en: 'Person not found' },
  [PersonErrorCode.EmailTaken]: {
    sv: 'En annan person har den e-postadressen',
    en: 'Another person has this email address',
  },
  [PersonErrorCode.RoleNotAllowed]: {
    sv: (d) =>
      d.organizationKind === 'external'
        ? 'Personer i en extern organisation kan bara vara deltagare'
        : 'Bara personer i en region kan vara samordnare',
    en: (d) =>
      d.organizationKind === 'external'
        ? 'People of an external organization can only be participants'
        : 'Only people of a region can be coordinators',
  },
  [PersonErrorCode.CannotDeleteSelf]: {
    sv: 'Du kan inte ta bort dig själv',
    en: 'You cannot delete yourself',
  },
  [PersonErrorCode.LastAdmin]: {
    sv: 'Minst en administratör som kan logga in måste finnas kvar',
    en: 'At least one admin who can log in must remain',
  },
  [PersonErrorCode.VersionConflict]: {
    sv: 'Personen har ändrats av någon annan; hämta den igen (version {currentVersion})',
    en: 'The person was changed by someone else; fetch it again (version {currentVersion})',
  },
  [PersonErrorCode.PasswordLinkNotFound]: { sv: 'Länken finns inte', en: 'Unknown link' },
  [PersonErrorCode.PasswordLinkGone]: {
    sv: 'Länken har redan använts eller gått ut; be om en ny',
    en: 'The link has been used or has expired; ask for a new one',
  },
};
registerErrorMessages(PERSON_ERROR_MESSAGES);

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
