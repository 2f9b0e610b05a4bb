import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

export enum OverviewErrorCode {
  NotFound = 'OVERVIEW_NOT_FOUND',
}

const KIND_BY_CODE: Record<OverviewErrorCode, ErrorKind> = {
  [OverviewErrorCode.NotFound]: 'not_found',
};

export class OverviewException extends DomainError {
  constructor(code: OverviewErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** A missing id, a region, and a municipality outside the caller's scope answer alike (docs/adr/0003). */
  static notFound(): OverviewException {
    return new OverviewException(OverviewErrorCode.NotFound, 'No overview for this organization');
  }
}
