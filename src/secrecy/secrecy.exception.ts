import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum SecrecyErrorCode {
  /** A restricted item is saved only with its legal ground. */
  GroundRequired = 'SECRECY_GROUND_REQUIRED',
  /** The ground is not on the region's list (or deactivated). */
  GroundUnknown = 'SECRECY_GROUND_UNKNOWN',
  /** A ground or note on an item that is not restricted. */
  GroundWithoutRestriction = 'SECRECY_GROUND_WITHOUT_RESTRICTION',
  /** A minutes entry made public while its agenda item is restricted: that is changed on the agenda. */
  GroundFromAgenda = 'SECRECY_GROUND_FROM_AGENDA',
  GroundNotFound = 'SECRECY_GROUND_NOT_FOUND',
  ReferenceTaken = 'SECRECY_GROUND_REFERENCE_TAKEN',
  InvalidRegion = 'SECRECY_GROUND_INVALID_REGION',
  VersionConflict = 'SECRECY_GROUND_VERSION_CONFLICT',
}

const KIND_BY_CODE: Record<SecrecyErrorCode, ErrorKind> = {
  [SecrecyErrorCode.GroundRequired]: 'invalid',
  [SecrecyErrorCode.GroundUnknown]: 'invalid',
  [SecrecyErrorCode.GroundWithoutRestriction]: 'invalid',
  [SecrecyErrorCode.GroundFromAgenda]: 'invalid',
  [SecrecyErrorCode.GroundNotFound]: 'not_found',
  [SecrecyErrorCode.ReferenceTaken]: 'conflict',
  [SecrecyErrorCode.InvalidRegion]: 'invalid',
  [SecrecyErrorCode.VersionConflict]: 'conflict',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const SECRECY_ERROR_MESSAGES: ErrorMessages<SecrecyErrorCode> = {
  [SecrecyErrorCode.GroundRequired]: {
    sv: 'En punkt som omfattas av sekretess måste ha sin sekretessgrund (t.ex. 31 kap. 16 § OSL)',
    en: 'A restricted item needs its legal ground for secrecy (e.g. 31 kap. 16 § OSL)',
  },
  [SecrecyErrorCode.GroundUnknown]: {
    sv: 'Sekretessgrunden finns inte i regionens lista: {ground}',
    en: 'The secrecy ground is not on the region’s list: {ground}',
  },
  [SecrecyErrorCode.GroundWithoutRestriction]: {
    sv: 'Sekretessgrund anges bara för en punkt som omfattas av sekretess',
    en: 'A secrecy ground is given only for a restricted item',
  },
  [SecrecyErrorCode.GroundFromAgenda]: {
    sv: 'Dagordningspunkten omfattas av sekretess; det ändras på dagordningen, inte i protokollet',
    en: 'The agenda item is restricted; that is changed on the agenda, not in the minutes',
  },
  [SecrecyErrorCode.GroundNotFound]: { sv: 'Sekretessgrunden finns inte', en: 'Secrecy ground not found' },
  [SecrecyErrorCode.ReferenceTaken]: {
    sv: 'Listan har redan en sekretessgrund med den hänvisningen',
    en: 'The list already has a secrecy ground with this reference',
  },
  [SecrecyErrorCode.InvalidRegion]: { sv: 'regionId måste vara en region', en: 'regionId must be a region' },
  [SecrecyErrorCode.VersionConflict]: {
    sv: 'Sekretessgrunden har ändrats av någon annan; hämta den igen (version {currentVersion})',
    en: 'The secrecy ground was changed by someone else; fetch it again (version {currentVersion})',
  },
};
registerErrorMessages(SECRECY_ERROR_MESSAGES);

export class SecrecyException extends DomainError {
  constructor(code: SecrecyErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  static groundRequired(): SecrecyException {
    return new SecrecyException(
      SecrecyErrorCode.GroundRequired,
      'A restricted item needs its secrecy ground',
      {
        field: 'secrecyGround',
      },
    );
  }

  static notFound(): SecrecyException {
    return new SecrecyException(SecrecyErrorCode.GroundNotFound, 'Secrecy ground not found');
  }
}
