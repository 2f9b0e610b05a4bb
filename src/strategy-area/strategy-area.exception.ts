import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum StrategyAreaErrorCode {
  NotFound = 'STRATEGY_AREA_NOT_FOUND',
  Unknown = 'STRATEGY_AREA_UNKNOWN',
  NameTaken = 'STRATEGY_AREA_NAME_TAKEN',
  InvalidRegion = 'STRATEGY_AREA_INVALID_REGION',
  VersionConflict = 'STRATEGY_AREA_VERSION_CONFLICT',
}

const KIND_BY_CODE: Record<StrategyAreaErrorCode, ErrorKind> = {
  [StrategyAreaErrorCode.NotFound]: 'not_found',
  [StrategyAreaErrorCode.Unknown]: 'invalid',
  [StrategyAreaErrorCode.NameTaken]: 'conflict',
  [StrategyAreaErrorCode.InvalidRegion]: 'invalid',
  [StrategyAreaErrorCode.VersionConflict]: 'conflict',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const STRATEGY_AREA_ERROR_MESSAGES: ErrorMessages<StrategyAreaErrorCode> = {
  [StrategyAreaErrorCode.NotFound]: { sv: 'RUS-området finns inte', en: 'Strategy area not found' },
  [StrategyAreaErrorCode.Unknown]: {
    sv: 'Okända RUS-områden: {unknownIds}',
    en: 'Unknown strategy areas: {unknownIds}',
  },
  [StrategyAreaErrorCode.NameTaken]: {
    sv: 'Regionen har redan ett RUS-område med det namnet',
    en: 'The region has a strategy area with this name',
  },
  [StrategyAreaErrorCode.InvalidRegion]: {
    sv: 'regionId måste vara en region',
    en: 'regionId must be a region',
  },
  [StrategyAreaErrorCode.VersionConflict]: {
    sv: 'RUS-området har ändrats av någon annan; hämta det igen (version {currentVersion})',
    en: 'The strategy area was changed by someone else; fetch it again (version {currentVersion})',
  },
};
registerErrorMessages(STRATEGY_AREA_ERROR_MESSAGES);

export class StrategyAreaException extends DomainError {
  constructor(code: StrategyAreaErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  static notFound(): StrategyAreaException {
    return new StrategyAreaException(StrategyAreaErrorCode.NotFound, 'Strategy area not found');
  }

  /** 400 naming the ids that are not strategy areas (of the region, when one is given). */
  static unknown(ids: readonly string[]): StrategyAreaException {
    return new StrategyAreaException(
      StrategyAreaErrorCode.Unknown,
      `Unknown strategy area${ids.length === 1 ? '' : 's'}: ${ids.join(', ')}`,
      { field: 'strategyAreaIds', unknownIds: [...ids] },
    );
  }
}
