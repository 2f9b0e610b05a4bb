import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';

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

export class OrganizationException extends DomainError {
  constructor(code: OrganizationErrorCode, message: string, details?: unknown) {
    super(KIND_BY_CODE[code], code, message, details);
  }

  /** The same answer for a missing id and for one outside the caller's scope (docs/adr/0003). */
  static notFound(): OrganizationException {
    return new OrganizationException(OrganizationErrorCode.NotFound, 'Organization not found');
  }
}
