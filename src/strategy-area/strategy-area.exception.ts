import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

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
