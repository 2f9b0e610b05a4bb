import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum OrganizationErrorCode {
  NotFound = 'ORGANIZATION_NOT_FOUND',
  CodeTaken = 'ORGANIZATION_CODE_TAKEN',
  InvalidParent = 'ORGANIZATION_INVALID_PARENT',
  VersionConflict = 'ORGANIZATION_VERSION_CONFLICT',
}

const KIND_BY_CODE: Record<OrganizationErrorCode, ErrorKind> = {
  [OrganizationErrorCode.NotFound]: 'not_found',
  [OrganizationErrorCode.CodeTaken]: 'conflict',
  [OrganizationErrorCode.InvalidParent]: 'invalid',
  [OrganizationErrorCode.VersionConflict]: 'conflict',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const ORGANIZATION_ERROR_MESSAGES: ErrorMessages<OrganizationErrorCode> = {
  [OrganizationErrorCode.NotFound]: { sv: 'Organisationen finns inte', en: 'Organization not found' },
  [OrganizationErrorCode.CodeTaken]: {
    sv: 'Det finns redan en organisation med den koden',
    en: 'An organization with this code exists',
  },
  [OrganizationErrorCode.InvalidParent]: {
    sv: 'En kommun hör till en region, och dess SCB-kod börjar med regionens kod ({field})',
    en: 'A municipality belongs to a region, and its SCB code starts with the region’s code ({field})',
  },
  [OrganizationErrorCode.VersionConflict]: {
    sv: 'Organisationen har ändrats av någon annan; hämta den igen (version {currentVersion})',
    en: 'The organization was changed by someone else; fetch it again (version {currentVersion})',
  },
};
registerErrorMessages(ORGANIZATION_ERROR_MESSAGES);

export class OrganizationException extends DomainError {
  constructor(code: OrganizationErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** The same answer for a missing id and for one outside the caller's scope (docs/adr/0003). */
  static notFound(): OrganizationException {
    return new OrganizationException(OrganizationErrorCode.NotFound, 'Organization not found');
  }
}
