import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum AgreementErrorCode {
  /** The municipality has no agreement yet, or not that version. */
  NotFound = 'AGREEMENT_NOT_FOUND',
  /** Agreements are made with municipalities, not regions. */
  NotAMunicipality = 'AGREEMENT_NOT_A_MUNICIPALITY',
  /** A person in the body is unknown, deleted or of the wrong organization (same answer). */
  InvalidPerson = 'AGREEMENT_INVALID_PERSON',
  VersionConflict = 'AGREEMENT_VERSION_CONFLICT',
}

const KIND_BY_CODE: Record<AgreementErrorCode, ErrorKind> = {
  [AgreementErrorCode.NotFound]: 'not_found',
  [AgreementErrorCode.NotAMunicipality]: 'invalid',
  [AgreementErrorCode.InvalidPerson]: 'invalid',
  [AgreementErrorCode.VersionConflict]: 'conflict',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const AGREEMENT_ERROR_MESSAGES: ErrorMessages<AgreementErrorCode> = {
  [AgreementErrorCode.NotFound]: { sv: 'Överenskommelsen finns inte', en: 'Agreement not found' },
  [AgreementErrorCode.NotAMunicipality]: {
    sv: 'Samverkansöverenskommelser träffas med kommuner',
    en: 'Agreements are made with municipalities',
  },
  [AgreementErrorCode.InvalidPerson]: {
    sv: 'Personerna ska höra till regionen eller till kommunen (justerare: till sin egen part)',
    en: 'People must belong to the region or to this municipality (adjusters: to their own party)',
  },
  [AgreementErrorCode.VersionConflict]: {
    sv: 'Överenskommelsen har ändrats av någon annan; hämta den igen (version {currentVersion})',
    en: 'The agreement was changed by someone else; fetch it again (version {currentVersion})',
  },
};
registerErrorMessages(AGREEMENT_ERROR_MESSAGES);

export class AgreementException extends DomainError {
  constructor(code: AgreementErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  static notFound(): AgreementException {
    return new AgreementException(AgreementErrorCode.NotFound, 'Agreement not found');
  }

  static versionConflict(currentVersion: number): AgreementException {
    return new AgreementException(
      AgreementErrorCode.VersionConflict,
      'The agreement was changed by someone else',
      { currentVersion },
    );
  }
}
