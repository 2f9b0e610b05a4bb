import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

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
